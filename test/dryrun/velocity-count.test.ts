/**
 * `$velocityCount` policy (interpreter.ts, VELOCITY_1_LOOP_VARIABLES): the dry run counts as
 * Velocity 1.7 does — the oracle's `hybrid` profile — and warns, because Velocity 2.x (profile
 * `modern`) renders it literally on the request side and fails strictly in the success template.
 * Both oracle results are committed (oracle/velocity-count/, `./oracle --profile P case.json`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dryRun } from '../../src/dryrun/index.js';
import { readOracleCase } from './helpers/load.js';
import type { OracleResult } from './helpers/oracle-compare.js';

const dir = join(import.meta.dirname, 'oracle/velocity-count');
const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as OracleResult;
const resultOf = (r: { operations: { step: number; result?: unknown }[] }, step: number) => r.operations.find((o) => o.step === step)?.result;

describe('$velocityCount', () => {
  const c = readOracleCase(join(dir, 'case.json'));
  const actual = dryRun(c.definition, c.testCase, c.options);
  const hybrid = read('hybrid.json');
  const modern = read('modern.json');

  it('renders what Velocity 1.7 renders (oracle profile hybrid), on both sides', () => {
    expect(hybrid.success).toBe(true);
    expect(actual.success).toBe(true);
    expect(resultOf(actual, 7)).toEqual(resultOf(hybrid, 7));
    expect(resultOf(actual, 10)).toEqual(resultOf(hybrid, 10));
    expect(actual.finalResult).toEqual(hybrid.finalResult);
  });

  it('warns on each side, naming the Velocity 2.x outcome the oracle shows for profile modern', () => {
    expect(resultOf(modern, 7)).toBe('{"textBody": "$velocityCount$velocityCount$velocityCount", "to": "+1001"}');
    expect(modern.error?.message).toContain("Variable $velocityCount has not been set at successTemplate[line 1, column 30]");
    for (const step of [7, 10]) {
      const warnings = actual.operations.find((o) => o.step === step)?.warnings ?? [];
      expect(warnings.some((w) => w.includes('$velocityCount is evaluated as Velocity 1.7 does') && w.includes("'Variable $velocityCount has not been set'"))).toBe(true);
    }
  });
});
