// Canvas benchmark (Chromium): how long a 300-module scenario takes to open and answer a click,
// and what one pan/zoom step (the canvas's own wheel and keyboard handlers, then a forced layout)
// costs on it against the same step on an empty canvas, in the same browser and run. Headless
// Chromium draws no real frames, so frame gaps are not measured; the figures are script + style
// + layout time, medians of several rounds, printed with their ratio to the baseline.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as Playwright from 'playwright-core';
import { CHROMIUM, chromiumArgs, ensureChromium } from '../e2e/chromium';

// Loaded at run time from node_modules: the benchmark bundle must not inline Playwright.
const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof Playwright;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const MODULES = 300;
const ROUNDS = 5;
const STEPS = 40;

/** A chain of Compose modules laid out in rows of 30, a filter on every tenth link. */
function bigBlueprint(n: number) {
  const flow = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    module: 'util:ComposeTransformer',
    version: 1,
    parameters: {},
    mapper: { value: i === 0 ? 'start' : `{{${i}.value}}-${i + 1}` },
    metadata: { designer: { x: (i % 30) * 200, y: Math.floor(i / 30) * 220 } },
    ...(i % 10 === 5
      ? { filter: { name: `f${i}`, conditions: [[{ a: `{{${i}.value}}`, o: 'exist' }]] } }
      : {}),
  }));
  return { name: 'Big', flow, metadata: { version: 1, scenario: { roundtrips: 1 } } };
}

function buildIfMissing() {
  if (!existsSync(path.join(root, 'dist/index.html')))
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(path.join(root, 'build/relay.mjs')))
    execFileSync('npm', ['run', '--silent', 'build:node'], { cwd: root, stdio: 'inherit' });
}

/** `node build/relay.mjs` on a free port, serving dist/ (as tests/e2e/harness.ts does). */
function startRelay(): Promise<{ url: string; stop: () => void }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'weft-bench-data-'));
  const child = spawn(process.execPath, ['build/relay.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0', RELAY_DATA_DIR: dataDir, WEFT_APP_ROOT: 'dist' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve({ url: m[0], stop: () => process.kill(-child.pid!, 'SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`relay exited (${code})`)));
  });
}

/** A page predicate (as text: this file has no DOM types): the canvas shows `n` modules. */
const nodeCount = (n: number) => `document.querySelectorAll('.cnode').length === ${n}`;

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** Creates a scenario through the UI (New scenario, Import, paste) and returns its URL. */
async function createScenario(page: Playwright.Page, url: string, blueprint?: unknown) {
  await page.goto(url);
  await page.getByRole('button', { name: 'New scenario' }).click();
  await page.waitForURL(/\/scenarios\/[\w-]+$/);
  if (blueprint) {
    await page.getByRole('button', { name: 'Import blueprint' }).click();
    await page.getByLabel('Or paste the blueprint JSON').fill(JSON.stringify(blueprint));
    await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForFunction(nodeCount(MODULES));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForTimeout(500);
  }
  return page.url();
}

/** Loads the scenario page and waits until its canvas is drawn and a click opens a panel. */
async function openMs(page: Playwright.Page, url: string, modules: number): Promise<number> {
  await page.goto('about:blank');
  const t0 = performance.now();
  await page.goto(url);
  if (modules > 0) {
    await page.waitForFunction(nodeCount(modules));
    const id = Math.ceil(modules / 2);
    await page.locator(`.cnode[data-id="${id}"] .cnode-body`).dispatchEvent('click');
    await page
      .getByRole('complementary', { name: `Settings of Compose a string (${id})` })
      .waitFor();
  } else {
    await page.getByRole('button', { name: 'Add module' }).click();
    await page.getByRole('searchbox', { name: 'Search apps and modules' }).waitFor();
  }
  return performance.now() - t0;
}

// In the page: each step is a wheel zoom on the pane and an arrow-key pan (the editor pans when
// nothing is selected), then a forced layout; answers ms per step and how many steps changed
// the viewport's transform (all of them, or the figure means nothing).
const STEP_SCRIPT = (steps: number) => `(() => {
  const pane = document.querySelector('.canvas');
  const view = document.querySelector('.cviewport');
  const probe = document.querySelector('.cnode:last-of-type') || view;
  const rect = pane.getBoundingClientRect();
  let changed = 0;
  const t0 = performance.now();
  for (let i = 0; i < ${steps}; i++) {
    const before = view.style.transform;
    pane.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 2 ? 60 : -60, clientX: rect.x + rect.width / 2, clientY: rect.y + rect.height / 2, bubbles: true, cancelable: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true }));
    probe.getBoundingClientRect();
    void document.body.offsetHeight;
    if (view.style.transform !== before) changed++;
  }
  return { ms: (performance.now() - t0) / ${steps}, changed };
})()`;

async function stepMs(page: Playwright.Page): Promise<number> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  const r = await page.evaluate<{ ms: number; changed: number }>(STEP_SCRIPT(STEPS));
  if (r.changed !== STEPS) throw new Error(`only ${r.changed} of ${STEPS} steps moved the view`);
  return r.ms;
}

async function main() {
  ensureChromium();
  buildIfMissing();
  const relay = await startRelay();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const big = await context.newPage();
    const empty = await context.newPage();
    const bigUrl = await createScenario(big, relay.url, bigBlueprint(MODULES));
    const emptyUrl = await createScenario(empty, relay.url);
    const open = { big: [] as number[], empty: [] as number[] };
    const step = { big: [] as number[], empty: [] as number[] };
    for (let r = 0; r < ROUNDS; r++) {
      open.big.push(await openMs(big, bigUrl, MODULES));
      open.empty.push(await openMs(empty, emptyUrl, 0));
      step.big.push(await stepMs(big));
      step.empty.push(await stepMs(empty));
    }
    const [ob, oe, sb, se] = [open.big, open.empty, step.big, step.empty].map(median) as [
      number,
      number,
      number,
      number,
    ];
    console.log(
      `open ${MODULES}-module scenario until a click answers: ${ob.toFixed(0)} ms ` +
        `(empty scenario: ${oe.toFixed(0)} ms, ratio ${(ob / oe).toFixed(2)}×; median of ${ROUNDS})`,
    );
    console.log(
      `pan/zoom step (wheel zoom + key pan + forced layout): ${MODULES} modules ${sb.toFixed(3)} ms, ` +
        `empty canvas ${se.toFixed(3)} ms, ratio ${(sb / se).toFixed(2)}× ` +
        `(median of ${ROUNDS} rounds × ${STEPS} steps)`,
    );
  } finally {
    await browser.close();
    relay.stop();
  }
}

await main();
