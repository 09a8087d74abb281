/**
 * Regenerates test/dryrun/oracle/big-integers.json: runs the Java oracle (../shared/oracle, or
 * $ORACLE; profile modern) on the cases of big-integer-cases.ts — integers beyond 2^53 in
 * response bodies (`bodyText`, byte-exact), in inputs, in filters, functions, templates and
 * contracts — and records, per case, the operations from step 3 on (result, success, warnings,
 * step 9 `details.paths`), the error and the finalResult. Every number is read and written with
 * the engine's exact JSON reader/writer, so no digit is lost on the way. Needs a JDK and the
 * oracle's jars; CI only reads the committed output.
 *
 *     npx tsx test/dryrun/oracle/generate-big-integers.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path, { join } from 'node:path';
import type { JsonObject, JsonValue } from '../../../src/dryrun/json/model.js';
import { parseJson } from '../../../src/dryrun/json/parse.js';
import { writeJson } from '../../../src/dryrun/json/write.js';
import { BIG_INTEGER_CASES } from './big-integer-cases.js';

const oracle = process.env.ORACLE ?? path.resolve(import.meta.dirname, '../../../../shared/oracle/oracle');

const cases = BIG_INTEGER_CASES.map((c) => c.case);
const input = cases.map((c) => writeJson(c)).join('\n');
const out = execFileSync(oracle, ['--profile', 'modern', '--jsonl'], { input, env: { ...process.env, ORACLE_QUIET: '1' }, maxBuffer: 1 << 28 });
const results = out
  .toString('utf8')
  .trim()
  .split('\n')
  .map((line) => parseJson(line) as JsonObject);

const entries = BIG_INTEGER_CASES.map((c, i) => {
  const r = results[i] as JsonObject;
  if ((r.error as JsonObject | null)?.harness) throw new Error(`oracle harness error on ${c.about}: ${writeJson(r.error as JsonValue)}`);
  const operations = (r.operations as JsonObject[])
    .filter((o) => (o.step as number) >= 3)
    .map((o) => {
      const op: JsonObject = { step: o.step as number, success: o.success as boolean, result: o.result ?? null, warnings: o.warnings ?? [] };
      const paths = (o.details as JsonObject | undefined)?.paths;
      if (paths !== undefined) op.paths = paths;
      return op;
    });
  return { about: c.about, case: c.case, oracle: { success: r.success as boolean, error: r.error ?? null, operations, finalResult: r.finalResult ?? null } };
});

const file = join(import.meta.dirname, 'big-integers.json');
writeFileSync(file, `[\n${entries.map((e) => writeJson(e as unknown as JsonValue)).join(',\n')}\n]\n`);
console.log(`big-integers.json: ${entries.length} cases`);
