import { JavaBigInteger } from './json/java-big-integer.js';
import { JavaDouble } from './json/java-double.js';
import { toJsonModel } from './json/model.js';
import { parseJson } from './json/parse.js';
import { writeJson } from './json/write.js';
import { STEP_NAMES, type FixtureExpectation, type TestExecutionResult } from './types.js';

/**
 * A comparable form of a JSON value: keys sorted, numbers by value, integers beyond 2^53 by
 * their exact digits (a JS number outside the safe range stands for the integer it holds).
 */
function canonical(v: unknown): unknown {
  if (v instanceof JavaBigInteger) return `\u0000integer:${v.value}`;
  if (v instanceof JavaDouble) return v.value;
  if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) return `\u0000integer:${BigInt(v)}`;
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
  const container = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !(v instanceof JavaBigInteger) && !(v instanceof JavaDouble);
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
 * The output to compare: the step-10 text read with the dry run's JSON reader (exact integers),
 * else `finalResult`.
 */
function actualOutput(result: TestExecutionResult): unknown {
  const text = result.operations.find((o) => o.step === 10)?.result;
  if (typeof text === 'string') {
    try {
      return parseJson(text);
    } catch {
      // fall back to finalResult
    }
  }
  return result.finalResult;
}

/**
 * Compares a dry-run result with a fixture's expectation:
 * - no expectation: passes iff the dry run succeeded;
 * - `{ output }`: passes iff it succeeded and its output deep-equals `output` (JSON equality,
 *   integers compared digit for digit);
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
    const actual = actualOutput(result);
    if (jsonEqual(actual, expect.output)) return { passed: true };
    const at = firstDifference(actual, expect.output);
    return {
      passed: false,
      message: `output differs at ${at}: expected ${writeJson(toJsonModel(expect.output))}, got ${writeJson(toJsonModel(actual))}`,
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
