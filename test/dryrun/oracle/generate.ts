/**
 * Regenerates the oracle fixtures of test/dryrun/oracle/*.json by running the Java oracle
 * (../shared/oracle, or $ORACLE) on the probes of probes.ts and on one synthesised case per
 * corpus definition. Needs a JDK and the oracle's jars; CI does not run this, it only reads the
 * committed outputs.
 *
 *     npx tsx test/dryrun/oracle/generate.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { synthesiseCase } from '../../../src/dryrun/index.js';
import { type JsonValue, toJsonModel } from '../../../src/dryrun/json/model.js';
import { parseJson } from '../../../src/dryrun/json/parse.js';
import { writeJson } from '../../../src/dryrun/json/write.js';
import { definitionFromExport } from '../helpers/load.js';
import { type OracleCaseJson, jsonPathCase, requestCase, strictCase } from './cases.js';
import { JSONPATH_PROBES, REQUEST_PROBES, STRICT_PROBES } from './probes.js';

const here = import.meta.dirname;
const oracle = process.env.ORACLE ?? path.resolve(import.meta.dirname, '../../../../shared/oracle/oracle');
const corpusDir = process.env.CORPUS ?? path.resolve(import.meta.dirname, '../../corpus/data-actions');

function runOracle(cases: OracleCaseJson[]): Record<string, unknown>[] {
  const input = cases.map((c) => writeJson(toJsonModel(c))).join('\n');
  const out = execFileSync(oracle, ['--profile', 'modern', '--jsonl'], { input, env: { ...process.env, ORACLE_QUIET: '1' }, maxBuffer: 1 << 28 });
  return out
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const r = parseJson(line) as Record<string, unknown>;
      delete r.engine;
      return r;
    });
}

function writeFixture(name: string, entries: unknown[]): void {
  const text = `[\n${entries.map((e) => writeJson(toJsonModel(e))).join(',\n')}\n]\n`;
  writeFileSync(join(here, name), text);
  console.log(`${name}: ${entries.length} entries`);
}

type Op = { step: number; success: boolean; result: unknown; warnings?: string[]; details?: Record<string, unknown> };

function stepOf(r: Record<string, unknown>, step: number): Op | undefined {
  return (r.operations as Op[]).find((o) => o.step === step);
}

// Velocity, request side: step 7 renders the template non-strictly.
{
  const cases = REQUEST_PROBES.map(requestCase);
  const results = runOracle(cases);
  writeFixture(
    'velocity-request.json',
    REQUEST_PROBES.map((p, i) => {
      const r = results[i] as Record<string, unknown>;
      const op = stepOf(r, 7);
      const error = r.error as { step: number; message: string; libraryMessage?: string } | null;
      const oracleOut = op?.success ? { rendered: op.result, warnings: op.warnings ?? [] } : { error: error?.libraryMessage ?? error?.message, step: error?.step };
      return { template: p.template, input: p.input ?? {}, oracle: oracleOut };
    }),
  );
}

// Velocity, success template: step 10 renders strictly.
{
  const cases = STRICT_PROBES.map(strictCase);
  const results = runOracle(cases);
  writeFixture(
    'velocity-strict.json',
    STRICT_PROBES.map((p, i) => {
      const r = results[i] as Record<string, unknown>;
      const op = stepOf(r, 10);
      const error = r.error as { step: number; message: string; libraryMessage?: string } | null;
      const rendered = op && typeof op.result === 'string' ? op.result : undefined;
      const oracleOut = rendered !== undefined ? { rendered, warnings: op?.warnings ?? [] } : { error: error?.libraryMessage ?? error?.message, step: error?.step };
      return { template: p.template, values: p.values ?? {}, input: p.input ?? {}, oracle: oracleOut };
    }),
  );
}

// JSONPath: step 9 reads every path (each has a default, so every path is attempted).
{
  const cases = JSONPATH_PROBES.map(jsonPathCase);
  const results = runOracle(cases);
  const entries: unknown[] = [];
  JSONPATH_PROBES.forEach((p, i) => {
    const op = stepOf(results[i] as Record<string, unknown>, 9) as Op;
    const values = op.result as Record<string, string>;
    const details = (op.details?.paths ?? {}) as Record<string, { definite?: boolean; exception?: string; source: string }>;
    entries.push({
      doc: p.doc,
      reads: p.paths.map((path, j) => {
        const d = details[`p${j}`] as { definite?: boolean; exception?: string; source: string };
        return d.source === 'path'
          ? { path, definite: d.definite, value: values[`p${j}`] }
          : { path, ...(d.definite !== undefined ? { definite: d.definite } : {}), exception: d.exception };
      }),
    });
  });
  writeFixture('jsonpath.json', entries);
}

const corpusFiles = readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort();

// Corpus with the oracle's own smoke recipe: the synthesised input and an empty `{}` body.
{
  const cases: OracleCaseJson[] = corpusFiles.map((file) => {
    const raw = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as Record<string, unknown>;
    const c = synthesiseCase(definitionFromExport(raw));
    return { id: file, definition: raw, input: toJsonModel(c.input), response: { status: 200, body: {} } };
  });
  const results = runOracle(cases);
  writeFixture(
    'corpus-empty-body.json',
    cases.map((c, i) => {
      const r = results[i] as Record<string, unknown>;
      const ops = (r.operations as Op[]).map((o) => ({ step: o.step, success: o.success, result: o.step === 8 ? null : (o.result ?? null), warnings: o.warnings ?? [] }));
      return { file: c.id, input: c.input, oracle: { success: r.success, error: r.error, operations: ops, finalResult: r.finalResult } };
    }),
  );
}

// Corpus: one synthesised case per definition (body built from the paths), the oracle's full trace.
{
  const files = corpusFiles;
  const cases: OracleCaseJson[] = [];
  for (const file of files) {
    const raw = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as Record<string, unknown>;
    const c = synthesiseCase(definitionFromExport(raw));
    cases.push({ id: file, definition: raw, input: toJsonModel(c.input), response: { status: 200, body: toJsonModel(c.response.body) } });
  }
  const results = runOracle(cases);
  writeFixture(
    'corpus.json',
    cases.map((c, i) => {
      const r = results[i] as Record<string, unknown>;
      const ops = (r.operations as Op[]).map((o) => ({ step: o.step, success: o.success, result: o.result ?? null, warnings: o.warnings ?? [] }));
      return { file: c.id, input: c.input, body: c.response.body as JsonValue, oracle: { success: r.success, error: r.error, operations: ops, finalResult: r.finalResult } };
    }),
  );
}
