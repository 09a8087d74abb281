/**
 * Isolated dry runs (src/dryrun/isolate): cases run in a worker thread give exactly the direct
 * `dryRun` result; hostile definitions (catastrophic regular expressions in Velocity, in a
 * JSONPath filter and in a contract pattern, a memory bomb, a JSONPath that does not finish)
 * end as a failure of the step they were in, and the runner goes on with a fresh worker.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { Definition } from '../../src/definitions/types.js';
import { dryRun, synthesiseCase } from '../../src/dryrun/index.js';
import { decodeFromWorker, decodeJsonFromWorker, encodeForWorker, encodeJsonForWorker } from '../../src/dryrun/isolate/codec.js';
import { workerEntry } from '../../src/dryrun/isolate/entry.js';
import { createIsolatedRunner, stoppedMessage } from '../../src/dryrun/isolate/index.js';
import { JavaDouble } from '../../src/dryrun/json/java-double.js';
import type { JsonValue } from '../../src/dryrun/json/model.js';
import { parseJson } from '../../src/dryrun/json/parse.js';
import { STEP_NAMES, type DryRunCase, type TestExecutionResult } from '../../src/dryrun/types.js';
import { CORPUS_DIR } from '../support/corpus.js';
import { definition } from './helpers/build.js';
import { readFixture } from './helpers/fixtures.js';
import { definitionFromExport, readOracleCase } from './helpers/load.js';

const TIMEOUT_MS = 2000;
const MEMORY_MB = 128;

/** Every worker a runner starts, with a promise that settles when it has exited. */
function watchWorkers(): { started: Worker[]; exited: Promise<number>[]; onWorkerStart: (w: Worker) => void } {
  const started: Worker[] = [];
  const exited: Promise<number>[] = [];
  return {
    started,
    exited,
    onWorkerStart: (w) => {
      started.push(w);
      exited.push(new Promise((resolve) => w.once('exit', resolve)));
    },
  };
}

const watch = watchWorkers();
const runner = createIsolatedRunner({ timeoutMs: TIMEOUT_MS, maxMemoryMb: MEMORY_MB, onWorkerStart: watch.onWorkerStart });
afterAll(() => runner.close());

describe('worker entry', () => {
  it('TypeScript sources start worker-entry.ts through tsx, by absolute URL', () => {
    const e = workerEntry('file:///repo/src/dryrun/isolate/entry.ts');
    expect(e.url.href).toBe('file:///repo/src/dryrun/isolate/worker-entry.ts');
    expect(e.execArgv[0]).toBe('--import');
    expect(e.execArgv[1]).toMatch(/^file:\/\/\/.*\/node_modules\/tsx\/.+\.mjs$/);
  });
  it('compiled modules start worker-entry.js', () => {
    expect(workerEntry('file:///repo/build/src/dryrun/isolate/entry.js')).toEqual({ url: new URL('file:///repo/build/src/dryrun/isolate/worker-entry.js'), execArgv: [] });
  });
  it('the ncc bundle starts itself', () => {
    expect(workerEntry('file:///action/dist/index.js')).toEqual({ url: new URL('file:///action/dist/index.js'), execArgv: [] });
  });
});

describe('values crossing the thread boundary', () => {
  it('keeps Java doubles and __proto__ keys through structured clone', () => {
    const value = parseJson('{"d": 150.0, "i": 150, "a": [1.5, {"__proto__": 2.0}]}');
    const back = decodeFromWorker<JsonValue>(structuredClone(encodeForWorker(value)));
    expect(back).toStrictEqual(value);
    const d = (back as { d: unknown }).d;
    expect(d).toBeInstanceOf(JavaDouble);
    expect(String(d)).toBe('150.0');
  });
  it('keeps doubles, big integers, NaN and __proto__ keys through the JSON text of step reports', () => {
    const value = parseJson('{"d": 150.0, "i": 150, "b": 9007199254740993, "a": [1.5, {"__proto__": 2.0}]}') as Record<string, JsonValue>;
    value.n = new JavaDouble(Number.NaN);
    const back = decodeJsonFromWorker<Record<string, JsonValue>>(encodeJsonForWorker(value));
    expect(back).toStrictEqual(value);
    expect(String(back.d)).toBe('150.0');
    expect(String(back.b)).toBe('9007199254740993');
    expect(String(back.n)).toBe('NaN');
    expect(Object.getPrototypeOf((back.a as JsonValue[])[1])).toBe(Object.prototype);
  });
});

describe('stop messages', () => {
  it('names the step and the limit', () => {
    expect(stoppedMessage(9, { kind: 'timeout', timeoutMs: 10_000 })).toBe(
      'The dry run stopped after 10 s in step 9 (Resolve translation map): a template or JSONPath that does not finish, e.g. a catastrophic regular expression or an endless loop. Genesys would time out too.',
    );
    expect(stoppedMessage(7, { kind: 'memory', maxMemoryMb: 512 })).toBe(
      'The dry run stopped in step 7 (Resolve request body template): it used more than 512 MB of memory, e.g. a template that builds huge lists or strings in a loop.',
    );
  });
});

describe('normal cases give the direct result', () => {
  const goldenDir = join(import.meta.dirname, 'golden', 'cases');
  const golden = readdirSync(goldenDir).filter((f) => f.endsWith('.json')).sort();

  it('on the 22 golden cases', async () => {
    expect(golden).toHaveLength(22);
    for (const file of golden) {
      const c = readOracleCase(join(goldenDir, file));
      const isolated = await runner.run(c.definition, c.testCase, c.options);
      expect(isolated, file).toStrictEqual(dryRun(c.definition, c.testCase, c.options));
    }
  });

  const corpusFiles = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json')).sort();
  const corpusDefinition = (file: string): Definition => definitionFromExport(JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as Record<string, unknown>);

  it('on the 140 corpus definitions with synthesised cases', async () => {
    expect(corpusFiles).toHaveLength(140);
    for (const file of corpusFiles) {
      const d = corpusDefinition(file);
      const c = synthesiseCase(d);
      expect(await runner.run(d, c), file).toStrictEqual(dryRun(d, c));
    }
  });

  it('on the oracle corpus cases (bodies with Java doubles) and empty bodies', async () => {
    const entries = readFixture<{ file: string; input: JsonValue; body?: JsonValue }[]>('corpus.json');
    expect(entries).toHaveLength(140);
    for (const e of entries) {
      const d = corpusDefinition(e.file);
      for (const c of [{ input: e.input, response: { status: 200, body: e.body } }, { input: e.input, response: { status: 200, body: {} } }] as DryRunCase[]) {
        expect(await runner.run(d, c), e.file).toStrictEqual(dryRun(d, c));
      }
    }
  });

  it('renders a double from the body as Java does, and reuses one worker for all of these cases', async () => {
    const d = definition({ map: { v: '$.v' }, success: '{"v": ${v}, "raw": "$esc.jsonString($rawResult)"}' });
    const c: DryRunCase = { input: {}, response: { body: parseJson('{"v": 150.0}') } };
    const r = await runner.run(d, c);
    expect(r.finalResult).toEqual({ v: 150, raw: '{"v":150.0}' });
    expect(r).toStrictEqual(dryRun(d, c));
    expect(watch.started).toHaveLength(1);
  });
});

/** A benign case run after each hostile one: the runner must still answer it correctly. */
const benign = { d: definition({ map: { v: '$.v' }, success: '{"v": ${v}}' }), c: { input: {}, response: { body: parseJson('{"v": [1, 2.5]}') } } as DryRunCase };

const longA = 'a'.repeat(40);
const stringInput = { type: 'object', properties: { s: { type: 'string' } } };

/** A body on which `$..[?(@..v.length() > 0)]` scans the whole subtree of every node (Jayway reads `$` paths once per filter, `@` paths per node). */
const wideBody = { items: Array.from({ length: 5000 }, (_, i) => ({ id: i, v: [i], o: { v: 'x' } })) };

const hostile: { name: string; step: number; d: Definition; c: DryRunCase; memory?: boolean }[] = [
  {
    name: 'Velocity String.matches with (a+)+b in the URL',
    step: 5,
    d: definition({ input: stringInput, url: 'https://api.example.com/#if($input.s.matches("(a+)+b"))x#end' }),
    c: { input: { s: longA }, response: { body: {} } },
  },
  {
    name: 'Velocity String.split with (a+)+b in a header',
    step: 6,
    d: definition({ input: stringInput, headers: { 'X-S': '$input.s.split("(a+)+b")' } }),
    c: { input: { s: longA }, response: { body: {} } },
  },
  {
    name: 'Velocity String.replaceAll with (a+)+b in the success template',
    step: 10,
    d: definition({ map: { v: '$.s' }, success: '{"r": $v.replaceAll("(a+)+b", "x")}' }),
    c: { input: {}, response: { body: { s: longA } } },
  },
  {
    name: 'JSONPath filter =~ /(a+)+b/',
    step: 9,
    d: definition({ map: { v: '$.xs[?(@.s =~ /(a+)+b/)]' }, success: '{}' }),
    c: { input: {}, response: { body: { xs: [{ s: longA }] } } },
  },
  {
    name: 'inputSchema pattern ^(a+)+$',
    step: 3,
    d: definition({ input: { type: 'object', properties: { s: { type: 'string', pattern: '^(a+)+$' } } } }),
    c: { input: { s: `${longA}!` }, response: { body: {} } },
  },
  {
    name: 'successSchema pattern ^(a+)+$',
    step: 10,
    d: definition({ map: { v: '$.s' }, success: '{"r": ${v}}', output: { type: 'object', properties: { r: { type: 'string', pattern: '^(a+)+$' } } } }),
    c: { input: {}, response: { body: { s: `${longA}!` } } },
  },
  {
    name: 'JSONPath $..[?(@..v.length() > 0)] on a wide body',
    step: 9,
    d: definition({ map: { q: '$..[?(@..v.length() > 0)]' }, success: '{}' }),
    c: { input: {}, response: { body: wideBody } },
  },
  {
    name: 'a template that adds 600 lists of a million numbers',
    step: 7,
    memory: true,
    d: definition({ method: 'POST', body: '#set($l = [])#foreach($i in [1..600])#set($x = $l.add([1..1000000]))#end' }),
    c: { input: {}, response: { body: {} } },
  },
];

describe('hostile definitions fail at their step, and the runner goes on', () => {
  for (const h of hostile) {
    it(h.name, async () => {
      const r: TestExecutionResult = await runner.run(h.d, h.c);
      const stopped = watch.started.length - 1;
      const message = stoppedMessage(h.step, h.memory ? { kind: 'memory', maxMemoryMb: MEMORY_MB } : { kind: 'timeout', timeoutMs: TIMEOUT_MS });
      expect(r.success).toBe(false);
      expect(r.error).toEqual({ step: h.step, code: 'ACTION.PROCESSING', message });
      expect(r.operations.map((o) => [o.step, o.success])).toEqual(Array.from({ length: h.step }, (_, i) => [i + 1, i + 1 < h.step]));
      expect(r.operations[h.step - 1]).toEqual({ step: h.step, name: STEP_NAMES[h.step - 1], success: false, result: null, error: { message, code: 'ACTION.PROCESSING' } });
      // The steps before it are the worker's own operations, as a direct run reports them.
      if (h.step > 1) expect(r.operations[0]).toEqual({ step: 1, name: STEP_NAMES[0], success: true, result: h.c.input });
      // The stopped worker has exited; the next case runs in a fresh one and is correct.
      await watch.exited[stopped];
      expect(await runner.run(benign.d, benign.c)).toStrictEqual(dryRun(benign.d, benign.c));
      expect(watch.started).toHaveLength(stopped + 2);
    });
  }
});

describe('limits', () => {
  it('refuses a heap limit too small to create a worker, and a timeout that is not positive', () => {
    expect(() => createIsolatedRunner({ maxMemoryMb: 2 })).toThrow(RangeError);
    expect(() => createIsolatedRunner({ timeoutMs: 0 })).toThrow(RangeError);
  });

  it('reports every waiting case when the worker cannot start', async () => {
    const r = createIsolatedRunner({ maxMemoryMb: 16, startTimeoutMs: 1 });
    const results = await Promise.all([r.run(benign.d, benign.c), r.run(benign.d, benign.c)]);
    for (const res of results) {
      expect(res.success).toBe(false);
      expect(res.error).toEqual({ step: 1, code: 'ACTION.PROCESSING', message: 'dry run internal error: the dry-run worker could not start (it did not start within 0.001 s)' });
    }
    await r.close();
  });
});

describe('close', () => {
  it('terminates the worker and refuses further cases', async () => {
    const w = watchWorkers();
    const r = createIsolatedRunner({ timeoutMs: TIMEOUT_MS, maxMemoryMb: MEMORY_MB, onWorkerStart: w.onWorkerStart });
    expect(await r.run(benign.d, benign.c)).toStrictEqual(dryRun(benign.d, benign.c));
    expect(w.started).toHaveLength(1);
    await r.close();
    expect(w.started[0]?.threadId).toBe(-1);
    await Promise.all(w.exited);
    await expect(r.run(benign.d, benign.c)).rejects.toThrow('closed');
    expect(w.started).toHaveLength(1);
  });

  it('resolves a case that is running when the runner closes', async () => {
    const w = watchWorkers();
    const r = createIsolatedRunner({ timeoutMs: 60_000, onWorkerStart: w.onWorkerStart });
    const h = hostile[0] as (typeof hostile)[number];
    const pending = r.run(h.d, h.c);
    // Close once the case has reached its step (the worker reports every step as it begins).
    const worker = w.started[0] as Worker;
    await new Promise<void>((resolve) => {
      worker.on('message', (m: { type: string; step?: number }) => {
        if (m.type === 'step' && m.step === h.step) resolve();
      });
    });
    await r.close();
    const result = await pending;
    expect(result.error?.step).toBe(h.step);
    expect(result.error?.message).toMatch(/^The dry run stopped in step 5 \(Resolve request URL template\): the dry-run worker ended unexpectedly/);
    await Promise.all(w.exited);
  });
});
