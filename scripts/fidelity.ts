/**
 * `npm run fidelity`: how often the dry run gives the same result as the reference oracle
 * (Apache Velocity 2.4.1 + Jayway JsonPath 2.10.0, ../shared/oracle) on the 140 corpus
 * definitions, with the oracle results committed in test/dryrun/oracle/ (CI needs no Java).
 *
 * A case agrees when success, the failing step, its error code and message, every operation's
 * success/result/warnings and the final result are all equal. A difference is "policy" when it is
 * one of the deliberate choices listed in README "Fidelity"; anything else is "other" (and a bug).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { toDefinition } from '../src/definitions/formats.js';
import { dryRun } from '../src/dryrun/index.js';
import type { TestExecutionResult } from '../src/dryrun/types.js';

interface OracleOp {
  step: number;
  success: boolean;
  result: unknown;
  warnings: string[];
}
interface Entry {
  file: string;
  input: unknown;
  body?: unknown;
  oracle: { success: boolean; error: null | { step: number; message: string; code: string }; operations: OracleOp[]; finalResult: unknown };
}

const root = path.resolve(import.meta.dirname, '..');

/**
 * Compares one case; returns undefined when it agrees, else a short description. `skipStep8`:
 * the committed empty-body results elide step 8's result (the oracle's smoke recipe).
 */
function difference(e: Entry, r: TestExecutionResult, skipStep8: boolean): string | undefined {
  const o = e.oracle;
  if (r.success !== o.success || r.error?.step !== o.error?.step) return `outcome: oracle ${o.success ? 'success' : `step ${o.error?.step}`}, dry run ${r.success ? 'success' : `step ${r.error?.step}`}`;
  if (o.error && (r.error?.code !== o.error.code || r.error?.message !== o.error.message)) return `error message at step ${o.error.step}`;
  for (const op of o.operations) {
    if (skipStep8 && op.step === 8) continue;
    const mine = r.operations.find((x) => x.step === op.step);
    const plain = JSON.parse(JSON.stringify({ success: mine?.success, result: mine?.result ?? null }));
    if (!isDeepStrictEqual(plain, { success: op.success, result: op.result })) return `step ${op.step} result`;
    if (!isDeepStrictEqual(mine?.warnings ?? [], op.warnings)) return `step ${op.step} warnings`;
  }
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(r.finalResult ?? null)), o.finalResult ?? null)) return 'final result';
  return undefined;
}

/** The deliberate policy a difference follows, if any (README "Fidelity"). */
function policy(e: Entry, r: TestExecutionResult, diff: string): string | undefined {
  if (diff === 'step 4 warnings') return 'a warning for credentials/authResponse fields the case does not supply';
  if (e.oracle.success && r.error?.step === 10 && r.error.message.startsWith('JSON failed output schema validation')) return 'output validated against successSchema';
  if (e.oracle.success && r.error?.step === 3 && r.error.message.startsWith('JSON failed input schema validation')) return 'full draft-04 input validation';
  return undefined;
}

function measure(file: string, body: (e: Entry) => unknown, skipStep8: boolean): void {
  const entries = JSON.parse(readFileSync(path.join(root, 'test/dryrun/oracle', file), 'utf8')) as Entry[];
  let agree = 0;
  const policies = new Map<string, number>();
  const other: string[] = [];
  for (const e of entries) {
    const doc = JSON.parse(readFileSync(path.join(root, 'test/corpus/data-actions', e.file), 'utf8'));
    const r = dryRun(toDefinition(doc), { input: e.input, response: { status: 200, body: body(e) } });
    const diff = difference(e, r, skipStep8);
    if (!diff) agree++;
    else {
      const p = policy(e, r, diff);
      if (p) policies.set(p, (policies.get(p) ?? 0) + 1);
      else other.push(`${e.file}: ${diff}`);
    }
  }
  console.log(`${file}: ${entries.length} cases, ${agree} agree on every step (${((agree / entries.length) * 100).toFixed(1)}%)`);
  for (const [p, n] of policies) console.log(`  ${n} differ by policy: ${p}`);
  console.log(`  ${other.length} other differences`);
  for (const o of other) console.log(`    ${o}`);
}

measure('corpus.json', (e) => e.body, false);
measure('corpus-empty-body.json', () => ({}), true);
