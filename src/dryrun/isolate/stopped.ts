import { PROCESSING } from '../trace.js';
import { type OperationResult, STEP_NAMES, type TestExecutionResult } from '../types.js';

/** Why a worker stopped before it answered a case. */
export type StopReason =
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'memory'; maxMemoryMb: number }
  | { kind: 'crash'; detail: string };

/**
 * The message of a case the worker did not finish, naming the step it was in. Wording of the
 * timeout: Genesys stops an action execution after its timeout (1–60 s, default 60 s:
 * genesys-runtime.md §4 and §8, S-CONFIG), so a template or JSONPath that runs for seconds
 * offline would not finish there either.
 * @param step the step (1–10) that was running.
 */
export function stoppedMessage(step: number, reason: StopReason): string {
  const where = `in step ${step} (${STEP_NAMES[step - 1] ?? 'unknown step'})`;
  switch (reason.kind) {
    case 'timeout':
      return (
        `The dry run stopped after ${seconds(reason.timeoutMs)} ${where}: a template or JSONPath that does not finish, ` +
        'e.g. a catastrophic regular expression or an endless loop. Genesys would time out too.'
      );
    case 'memory':
      return (
        `The dry run stopped ${where}: it used more than ${reason.maxMemoryMb} MB of memory, ` +
        'e.g. a template that builds huge lists or strings in a loop.'
      );
    case 'crash':
      return `The dry run stopped ${where}: the dry-run worker ended unexpectedly (${reason.detail}).`;
  }
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/**
 * The `TestExecutionResult` of a case the worker did not finish: the operations it reported as
 * finished, then the running step as a failed operation, and the same error at the top
 * (`ACTION.PROCESSING`, like every non-remote failure).
 * @param completed the operations of the finished steps, in order.
 * @param step the step that was running (1 when none had begun).
 */
export function stoppedResult(completed: readonly OperationResult[], step: number, reason: StopReason): TestExecutionResult {
  return failedAt(completed, step, stoppedMessage(step, reason));
}

/**
 * A failed `TestExecutionResult` shaped like the engine's own failures: `completed`, then step
 * `step` failed with `message` (`ACTION.PROCESSING`), the same error at the top.
 */
export function failedAt(completed: readonly OperationResult[], step: number, message: string): TestExecutionResult {
  const failed: OperationResult = {
    step,
    name: STEP_NAMES[step - 1] ?? `step ${step}`,
    success: false,
    result: null,
    error: { message, code: PROCESSING },
  };
  return { success: false, operations: [...completed, failed], error: { message, code: PROCESSING, step } };
}
