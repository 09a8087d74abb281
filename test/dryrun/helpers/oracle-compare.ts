/**
 * Comparison of a dry-run trace with an oracle result (the Java reference runner's
 * `TestExecutionResult`, ../shared/oracle README "Result format"), with the strictness of the
 * golden tests: success, the list of steps run, the failing step's code and message (and the
 * library message where the oracle gives one), every operation of steps 5–10 (success, result,
 * warnings) and the finalResult.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { TestExecutionResult } from '../../../src/dryrun/types.js';

/** One operation of an oracle result. */
export interface OracleOp {
  step: number;
  success: boolean;
  result: unknown;
  warnings?: string[];
  error?: { message: string };
}

/** An oracle result file (`oracle --expect` output). */
export interface OracleResult {
  id?: string;
  success: boolean;
  operations: OracleOp[];
  finalResult: unknown;
  error: null | { message: string; code: string; step: number; libraryMessage?: string };
}

/** Reads an oracle result file. */
export function readOracleResult(file: string): OracleResult {
  return JSON.parse(readFileSync(file, 'utf8')) as OracleResult;
}

/** Asserts that `actual` reproduces the oracle result `expected` (see the module doc). */
export function expectMatchesOracle(actual: TestExecutionResult, expected: OracleResult): void {
  expect(actual.operations.map((o) => o.step), 'steps run').toEqual(expected.operations.map((o) => o.step));
  if (expected.error) {
    expect(actual.error?.step, 'error step').toBe(expected.error.step);
    expect(actual.error?.code, 'error code').toBe(expected.error.code);
    expect(actual.error?.message, 'error message').toBe(expected.error.message);
    if (expected.error.libraryMessage !== undefined) expect(actual.error?.libraryMessage, 'library message').toBe(expected.error.libraryMessage);
  } else {
    expect(actual.error, 'error').toBeUndefined();
  }
  for (const exp of expected.operations.filter((o) => o.step >= 5)) {
    const op = actual.operations.find((o) => o.step === exp.step);
    expect(op, `step ${exp.step}`).toBeDefined();
    expect(op?.success, `step ${exp.step} success`).toBe(exp.success);
    expect(op?.result ?? null, `step ${exp.step} result`).toEqual(exp.result);
    expect(op?.warnings ?? [], `step ${exp.step} warnings`).toEqual(exp.warnings ?? []);
  }
  expect(actual.success, 'success').toBe(expected.success);
  expect(actual.finalResult ?? null, 'finalResult').toEqual(expected.finalResult);
}

/**
 * Asserts a deliberate divergence: the oracle does not validate `successSchema`, the dry run
 * does (genesys-runtime.md §2, §11). The oracle run must have succeeded; the dry run must fail
 * step 10 with `message` (reasoned from draft-04), after rendering the same step-10 text and
 * reproducing steps 5–9 exactly.
 */
export function expectSchemaDivergence(actual: TestExecutionResult, expected: OracleResult, message: string): void {
  expect(expected.success, 'oracle success').toBe(true);
  expect(actual.success, 'success').toBe(false);
  expect(actual.error).toEqual({ step: 10, code: 'ACTION.PROCESSING', message });
  const ten = actual.operations.find((o) => o.step === 10);
  expect(ten?.result, 'step 10 rendered text').toBe(expected.operations.find((o) => o.step === 10)?.result);
  expect(actual.operations.map((o) => o.step), 'steps run').toEqual(expected.operations.map((o) => o.step));
  for (const exp of expected.operations.filter((o) => o.step >= 5 && o.step < 10)) {
    const op = actual.operations.find((o) => o.step === exp.step);
    expect(op?.success, `step ${exp.step} success`).toBe(exp.success);
    expect(op?.result ?? null, `step ${exp.step} result`).toEqual(exp.result);
    expect(op?.warnings ?? [], `step ${exp.step} warnings`).toEqual(exp.warnings ?? []);
  }
}
