/**
 * Regenerates the expected results of the golden fidelity suite from the reference oracle (the
 * Java runner on Apache Velocity and Jayway JsonPath, ../shared/oracle), so that expected values
 * never come from this project's own engine. Needs Java and the oracle; CI does not run it — its
 * output is committed.
 *
 *   npx tsx scripts/oracle-golden.ts
 *
 * Runs every test/dryrun/golden-suite/cases/*.json through the oracle in one batch (one JVM,
 * `oracle --expect DIR FILE...`, which reads each case file byte for byte, so numbers written
 * as `1.0` stay Java doubles) and replaces test/dryrun/golden-suite/expected/ with the oracle's
 * pretty results, one file per case under the same name. Fails without touching expected/ when
 * the oracle reports a harness error (a malformed case). ORACLE overrides the oracle command
 * (default ../shared/oracle/oracle beside this repository).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const suite = path.join(root, 'test/dryrun/golden-suite');
const casesDir = path.join(suite, 'cases');
const expectedDir = path.join(suite, 'expected');
const oracle = process.env.ORACLE ?? path.resolve(root, '../shared/oracle/oracle');

const files = readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`no case files in ${path.relative(process.cwd(), casesDir)}`);
  process.exit(2);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'oracle-golden-'));
try {
  const out = execFileSync(oracle, ['--expect', scratch, ...files.map((f) => path.join(casesDir, f))], {
    env: { ...process.env, ORACLE_QUIET: '1' },
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  // One status line per case: "<file>\tok      <finalResult>" or "<file>\tFAIL step N: ..." / "FAIL harness: ...".
  const lines = out.trim().split('\n');
  const harness = lines.filter((l) => l.split('\t')[1]?.startsWith('FAIL harness'));
  if (lines.length !== files.length || harness.length > 0) {
    console.error(harness.length > 0 ? `oracle harness error(s):\n${harness.join('\n')}` : `oracle answered ${lines.length} of ${files.length} cases`);
    process.exit(1);
  }
  mkdirSync(expectedDir, { recursive: true });
  for (const stale of readdirSync(expectedDir).filter((f) => f.endsWith('.json'))) rmSync(path.join(expectedDir, stale));
  for (const f of files) copyFileSync(path.join(scratch, f), path.join(expectedDir, f));
  for (const l of lines) console.log(l);
  console.log(`${files.length} expected result(s) written to ${path.relative(process.cwd(), expectedDir)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
