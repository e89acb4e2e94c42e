/**
 * IML throughput: 20 typical mapped fields evaluated per bundle over 100,000 bundles, compiled
 * IML vs the same logic hand-written in JavaScript, in the same process. Prints both rates and
 * the ratio (issue 3 target: ≤ 3×). No absolute pass/fail: machines here are noisy.
 */
import { compileField, toText, type EvalContext } from '../../src/iml';

const BUNDLES = 100_000;

const FIELDS = [
  '{{1.id}}',
  '{{1.email}}',
  '{{lower(1.email)}}',
  '{{upper(1.firstName)}} {{1.lastName}}',
  '{{1.address.city}}',
  '{{1.items[1].sku}}',
  '{{1.price * 1.qty}}',
  '{{round(1.price * 1.qty * 1.21; 2)}}',
  '{{if(1.active; "yes"; "no")}}',
  '{{ifempty(1.nickname; 1.firstName)}}',
  '{{1.qty > 2}}',
  '{{length(1.items)}}',
  '{{substring(1.lastName; 0; 3)}}',
  '{{trim(1.note)}}',
  '{{replace(1.phone; "-"; "")}}',
  '{{1.status = "paid" & 1.qty >= 1}}',
  'Order {{1.id}} for {{1.firstName}}',
  '{{join(map(1.items; "sku"); ",")}}',
  '{{contains(1.tags; "vip")}}',
  '{{formatNumber(1.price; 2; ","; ".")}}',
];

type Bundle = {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  nickname: string | null;
  address: { city: string };
  items: { sku: string }[];
  price: number;
  qty: number;
  active: boolean;
  note: string;
  phone: string;
  status: string;
  tags: string[];
};

function makeBundle(i: number): Bundle {
  return {
    id: i,
    email: `User${i}@Example.com`,
    firstName: `Ann${i % 97}`,
    lastName: `Smith${i % 89}`,
    nickname: i % 3 === 0 ? null : `nick${i}`,
    address: { city: i % 2 ? 'Brno' : 'Praha' },
    items: [{ sku: `A${i}` }, { sku: `B${i}` }],
    price: (i % 1000) / 7,
    qty: i % 5,
    active: i % 2 === 0,
    note: `  note ${i}  `,
    phone: '777-123-456',
    status: i % 4 === 0 ? 'paid' : 'open',
    tags: i % 10 === 0 ? ['vip', 'x'] : ['x'],
  };
}

// The same 20 fields, hand-written: what a JS developer would type for this mapping.
function handWritten(b: Bundle): unknown[] {
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const fmt = (n: number) => {
    const [w = '', f = ''] = n.toFixed(2).split('.');
    return `${w.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${f}`;
  };
  return [
    b.id,
    b.email,
    b.email.toLowerCase(),
    `${b.firstName.toUpperCase()} ${b.lastName}`,
    b.address.city,
    b.items[0]?.sku,
    b.price * b.qty,
    round2(b.price * b.qty * 1.21),
    b.active ? 'yes' : 'no',
    b.nickname === null || b.nickname === '' ? b.firstName : b.nickname,
    b.qty > 2,
    b.items.length,
    b.lastName.substring(0, 3),
    b.note.trim(),
    b.phone.replaceAll('-', ''),
    b.status === 'paid' && b.qty >= 1,
    `Order ${b.id} for ${b.firstName}`,
    b.items.map((x) => x.sku).join(','),
    b.tags.includes('vip'),
    fmt(b.price),
  ];
}

const bundles = Array.from({ length: BUNDLES }, (_, i) => makeBundle(i));
const compiled = FIELDS.map((f) => compileField(f));
for (const c of compiled)
  if (c.errors.length) throw new Error(`${c.source}: ${c.errors[0]?.message}`);

function runIml(): number {
  let sink = 0;
  let current: Bundle = bundles[0] as Bundle;
  const ctx: EvalContext = {
    bundle: (id) => (id === '1' ? current : undefined),
    now: new Date('2026-03-05T10:00:00Z'),
    timezone: 'UTC',
    executionId: 'bench',
  };
  for (const b of bundles) {
    current = b;
    for (const f of compiled) {
      const r = f.evaluate(ctx);
      if (r.ok && r.value !== undefined) sink++;
    }
  }
  return sink;
}

function runJs(): number {
  let sink = 0;
  for (const b of bundles) for (const v of handWritten(b)) if (v !== undefined) sink++;
  return sink;
}

/**
 * Times both sides in alternating pairs (JS, IML, JS, IML, …) so that load from other processes
 * on this shared machine hits both alike, and reports the median of the per-pair ratios.
 */
function measurePairs(pairs: number): { js: number; iml: number; ratio: number } {
  runJs();
  runIml(); // warm-up passes: let the JIT settle before timing
  const time = (run: () => number) => {
    const start = performance.now();
    run();
    return (performance.now() - start) / 1000;
  };
  const rows: { js: number; iml: number }[] = [];
  for (let i = 0; i < pairs; i++) rows.push({ js: time(runJs), iml: time(runIml) });
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return {
    js: BUNDLES / median(rows.map((r) => r.js)),
    iml: BUNDLES / median(rows.map((r) => r.iml)),
    ratio: median(rows.map((r) => r.iml / r.js)),
  };
}

const rate = (name: string, r: number) =>
  console.log(
    `${name.padEnd(14)} ${Math.round(r).toLocaleString('en-US').padStart(10)} bundles/s  (${(r * FIELDS.length).toExponential(2)} fields/s)`,
  );

// Same check both ways: the IML must compute what the JS computes.
const sample = bundles[12] as Bundle;
const imlValues = compiled.map((f) => {
  const r = f.evaluate({
    bundle: () => sample,
    now: new Date(),
    timezone: 'UTC',
    executionId: 'x',
  });
  return r.ok ? toText(r.value) : `error ${r.error.code}`;
});
const jsValues = handWritten(sample).map((v) => toText(v));
const mismatches = imlValues.filter((v, i) => v !== jsValues[i]);
if (mismatches.length) {
  console.error('IML and JS disagree:', imlValues, jsValues);
  process.exit(1);
}

console.log(`${FIELDS.length} fields × ${BUNDLES.toLocaleString('en-US')} bundles`);
const result = measurePairs(7);
rate('hand-written', result.js);
rate('compiled IML', result.iml);
console.log(
  `ratio: IML is ${result.ratio.toFixed(2)}× slower than hand-written JS (median of 7 alternating pairs; target ≤ 3×)`,
);
