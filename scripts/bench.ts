/**
 * `npm run bench`: dry-run throughput over the corpus replicated to about 1,000 definitions, and
 * peak memory. Issue target: validate + dry-run ≤ 2 ms per definition on a 2-core machine.
 *
 * Each of the 140 files of test/corpus/data-actions is copied COPIES times (default 7 → 980
 * definitions). Every copy gets a different name, a `#* copy N *#` block comment in front of
 * each template — Velocity renders it as nothing — and a different contract `description`, so
 * that no copy reuses another's parsed template or compiled schema. The dry-run case of each copy is synthesised from its contracts before timing
 * (src/dryrun/synthesise.ts; in use, cases come from fixture files).
 *
 * Two passes, each timed from the first file's bytes to the last result:
 * - in-process: load (location-aware JSON parse) + validate + `dryRun` on the main thread;
 * - isolated: the same, with each dry run in the worker thread the action uses
 *   (src/dryrun/isolate: time and memory limits per case), results copied back, and as many
 *   definitions in flight as the action's pipeline keeps (FILES_IN_FLIGHT in pipeline/local.ts).
 * Prints milliseconds per definition, definitions per second, and the process's peak resident
 * set size (`process.resourceUsage().maxRSS`, worker threads included) and peak V8 heap.
 *
 *   npm run bench            COPIES=14 npm run bench
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDocument } from '../src/definitions/load.js';
import { dryRun } from '../src/dryrun/index.js';
import { createIsolatedRunner } from '../src/dryrun/isolate/index.js';
import { synthesiseCase } from '../src/dryrun/synthesise.js';
import type { DryRunCase } from '../src/dryrun/types.js';
import type { Definition } from '../src/definitions/types.js';
import { FILES_IN_FLIGHT } from '../src/pipeline/local.js';
import { validateDocument } from '../src/validate/index.js';

const root = path.resolve(import.meta.dirname, '..');
const corpusDir = path.join(root, 'test/corpus/data-actions');
const copies = Number(process.env.COPIES ?? 7);

interface Item {
  file: string;
  bytes: Uint8Array;
}

/** The replicated corpus: COPIES variants of every corpus file, as file bytes. */
function replicate(): Item[] {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort();
  const items: Item[] = [];
  for (let n = 1; n <= copies; n++) {
    for (const f of files) {
      const doc = JSON.parse(readFileSync(path.join(corpusDir, f), 'utf8'));
      doc.name = `${doc.name} ${n}`;
      const req = doc.config?.request ?? {};
      const res = doc.config?.response ?? {};
      for (const [o, k] of [[req, 'requestUrlTemplate'], [req, 'requestTemplate'], [res, 'successTemplate']] as const) {
        if (typeof o[k] === 'string') o[k] = `#* copy ${n} *#${o[k]}`;
      }
      for (const schema of [doc.contract?.input?.inputSchema, doc.contract?.output?.successSchema]) {
        if (schema && typeof schema === 'object') schema.description = `${schema.description ?? ''} (copy ${n})`;
      }
      items.push({ file: `copy${n}/${f}`, bytes: new TextEncoder().encode(JSON.stringify(doc, null, 2)) });
    }
  }
  return items;
}

/** Synthesised cases, keyed by file (prepared before timing). */
function casesFor(items: Item[]): Map<string, DryRunCase> {
  const cases = new Map<string, DryRunCase>();
  for (const it of items) {
    const v = validateDocument(loadDocument(it.file, it.bytes));
    if (v.definition) cases.set(it.file, synthesiseCase(v.definition));
  }
  return cases;
}

let heapPeak = 0;
const sampler = setInterval(() => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
}, 5);

interface Outcome {
  ms: number;
  dryRuns: number;
  crashes: number;
  failedAtStep: Map<number, number>;
}

/**
 * Loads, validates and dry-runs every item. Up to `inFlight` dry runs are pending at once, so the
 * main thread validates the next files while the worker runs earlier cases (as the action does).
 */
async function pass(items: Item[], cases: Map<string, DryRunCase>, run: (d: Definition, c: DryRunCase) => Promise<{ success: boolean; error?: { step: number } }>, inFlight = 1): Promise<Outcome> {
  const out: Outcome = { ms: 0, dryRuns: 0, crashes: 0, failedAtStep: new Map() };
  const pending = new Set<Promise<void>>();
  const t0 = process.hrtime.bigint();
  for (const it of items) {
    const v = validateDocument(loadDocument(it.file, it.bytes));
    const c = cases.get(it.file);
    if (!v.definition || !c) continue;
    const p: Promise<void> = run(v.definition, c).then(
      (r) => {
        out.dryRuns++;
        if (!r.success && r.error) out.failedAtStep.set(r.error.step, (out.failedAtStep.get(r.error.step) ?? 0) + 1);
      },
      () => {
        out.crashes++;
      },
    ).finally(() => pending.delete(p));
    pending.add(p);
    if (pending.size >= inFlight) await Promise.race(pending);
  }
  await Promise.all(pending);
  out.ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return out;
}

function print(label: string, n: number, o: Outcome): void {
  const steps = [...o.failedAtStep].sort((a, b) => a[0] - b[0]).map(([s, k]) => `step ${s}: ${k}`).join(', ');
  console.log(
    `${label.padEnd(12)} ${n} definitions, ${o.dryRuns} dry runs in ${o.ms.toFixed(0)} ms → ${(o.ms / n).toFixed(3)} ms/definition, ${Math.round((n * 1000) / o.ms)} definitions/s; ${o.crashes} crashes; failed cases by step: ${steps || 'none'}`,
  );
}

const items = replicate();
const cases = casesFor(items);
// One untimed warm-up pass over the original 140 (JIT, module loading), as a long CI job would be.
await pass(items.slice(0, 140), cases, async (d, c) => dryRun(d, c));

const inProcess = await pass(items, cases, async (d, c) => dryRun(d, c));
print('in-process', items.length, inProcess);

const runner = createIsolatedRunner();
await pass(items.slice(0, 140), cases, (d, c) => runner.run(d, c));
const isolated = await pass(items, cases, (d, c) => runner.run(d, c), FILES_IN_FLIGHT);
await runner.close();
print('isolated', items.length, isolated);

clearInterval(sampler);
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(`peak memory: ${maxRssMb.toFixed(0)} MB resident (whole process, worker included), ${(heapPeak / 2 ** 20).toFixed(0)} MB V8 heap on the main thread`);
console.log(`target ≤ 2 ms/definition: in-process ${inProcess.ms / items.length <= 2 ? 'met' : 'missed'}, isolated ${isolated.ms / items.length <= 2 ? 'met' : 'missed'}`);
