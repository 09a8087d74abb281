import { STEP_NAMES, type FixtureExpectation, type TestExecutionResult } from './types.js';

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, canonical(o[k])]));
  }
  return v;
}

/** JSON equality: object key order ignored, numbers by value. */
function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** The first JSON pointer where two JSON values differ (`/` for the root), `''` when equal. */
function firstDifference(a: unknown, b: unknown, pointer = ''): string {
  if (jsonEqual(a, b)) return '';
  const container = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (container(a) && container(b) && Array.isArray(a) === Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${pointer}/${k}`);
      if (d !== '') return d;
    }
  }
  return pointer || '/';
}

function describeFailure(result: TestExecutionResult): string {
  const e = result.error;
  if (!e) return 'the dry run failed';
  return `failed at step ${e.step} (${STEP_NAMES[e.step - 1] ?? '?'}): ${e.message}`;
}

/**
 * Compares a dry-run result with a fixture's expectation:
 * - no expectation: passes iff the dry run succeeded;
 * - `{ output }`: passes iff it succeeded and `finalResult` deep-equals `output` (JSON equality);
 * - `{ failure: { step, message? } }`: passes iff it failed at that step and, when given, the
 *   error message contains `message`.
 * @returns `passed`, and when it did not pass a one-line reason.
 */
export function checkExpectation(result: TestExecutionResult, expect?: FixtureExpectation): { passed: boolean; message?: string } {
  if (!expect) {
    return result.success ? { passed: true } : { passed: false, message: `expected success, but the dry run ${describeFailure(result)}` };
  }
  if ('output' in expect) {
    if (!result.success) return { passed: false, message: `expected an output, but the dry run ${describeFailure(result)}` };
    if (jsonEqual(result.finalResult, expect.output)) return { passed: true };
    const at = firstDifference(result.finalResult, expect.output);
    return {
      passed: false,
      message: `output differs at ${at}: expected ${JSON.stringify(expect.output)}, got ${JSON.stringify(result.finalResult)}`,
    };
  }
  const want = expect.failure;
  if (result.success) return { passed: false, message: `expected a failure at step ${want.step}, but the dry run succeeded` };
  const got = result.error;
  if (!got || got.step !== want.step) return { passed: false, message: `expected a failure at step ${want.step}, but the dry run ${describeFailure(result)}` };
  if (want.message !== undefined && !got.message.includes(want.message)) {
    return { passed: false, message: `expected the step ${want.step} error to contain "${want.message}", got: ${got.message}` };
  }
  return { passed: true };
}
