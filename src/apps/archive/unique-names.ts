/**
 * Gives repeated names a counter before the extension, so no entry replaces another in an
 * archive: `a.txt`, `a (2).txt`, `a (3).txt`.
 *
 * @example uniqueNames(['a.txt', 'a.txt']); // ['a.txt', 'a (2).txt']
 */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let n = 2; used.has(candidate); n++) candidate = `${stem} (${n})${ext}`;
    used.add(candidate);
    return candidate;
  });
}
