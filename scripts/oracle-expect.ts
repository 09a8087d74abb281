/**
 * Fills the `expect` of fixture cases from the reference oracle (the Java runner on Apache
 * Velocity and Jayway JsonPath, ../shared/oracle), so that expected values never come from this
 * project's own engine. Needs Java and the oracle; CI does not run it — its output is committed.
 *
 *   npx tsx scripts/oracle-expect.ts [--refresh] DIR...
 *
 * For every `NAME.fixture.json` below DIR it runs each case lacking an `expect` (every case with
 * --refresh) through the oracle and writes `expect: {output}` or `expect: {failure: {step}}`.
 * ORACLE overrides the oracle command (default ../shared/oracle/oracle beside this repository).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';

interface OracleResult {
  success: boolean;
  finalResult?: unknown;
  error?: { step?: number; message?: string; harness?: boolean } | null;
}

const args = process.argv.slice(2);
const refresh = args.includes('--refresh');
const dirs = args.filter((a) => !a.startsWith('--'));
const oracle = process.env.ORACLE ?? path.resolve(import.meta.dirname, '../../shared/oracle/oracle');

let filled = 0;
let files = 0;
if (dirs.length === 0) {
  console.error('usage: npx tsx scripts/oracle-expect.ts [--refresh] DIR...');
  process.exit(2);
}
for (const dir of dirs) {
  for (const fixtureFile of await fg('**/*.fixture.json', { cwd: dir, absolute: true })) {
    const definition = JSON.parse(readFileSync(fixtureFile.replace(/\.fixture\.json$/, '.json'), 'utf8'));
    files++;
    const doc = JSON.parse(readFileSync(fixtureFile, 'utf8'));
    const cases: Record<string, unknown>[] = Array.isArray(doc.cases) ? doc.cases : [doc];
    const todo = cases.filter((c) => refresh || !c.expect);
    if (todo.length === 0) continue;
    const lines = todo.map((c) => JSON.stringify({ id: c.name ?? 'default', definition, input: c.input ?? {}, response: c.response, credentials: c.credentials, authResponse: c.authResponse }));
    const out = execFileSync(oracle, ['--jsonl'], { input: lines.join('\n') + '\n', env: { ...process.env, ORACLE_QUIET: '1' } }).toString();
    const results = out.trim().split('\n').map((l) => JSON.parse(l) as OracleResult);
    todo.forEach((c, i) => {
      const r = results[i]!;
      if (r.error?.harness) throw new Error(`${fixtureFile}: oracle harness error: ${r.error.message}`);
      c.expect = r.success ? { output: r.finalResult } : { failure: { step: r.error!.step } };
    });
    writeFileSync(fixtureFile, JSON.stringify(doc, null, 2) + '\n');
    filled += todo.length;
    console.log(`${path.relative(process.cwd(), fixtureFile)}: ${todo.length} case(s) from the oracle`);
  }
}
console.log(`${files} fixture file(s) read, ${filled} case(s) given an expectation from the oracle${refresh ? '' : ' (cases that already had one were kept; --refresh redoes them)'}.`);
