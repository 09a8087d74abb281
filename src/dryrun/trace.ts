import { type OperationResult, STEP_NAMES, type StepError } from './types.js';

/** Detail code of every failure except the remote call (genesys-runtime.md §2; oracle policy "Error codes"). */
export const PROCESSING = 'ACTION.PROCESSING';
/** Detail code of a failed remote call, step 8 (genesys-runtime.md §2, S-400). */
export const REMOTE_ENDPOINT = 'ACTION.REMOTE_ENDPOINT';

/** A step failure; ends the dry run (Genesys stops at the first failing operation). */
export class StepFailure extends Error {
  override name = 'StepFailure';
  constructor(
    readonly step: number,
    readonly code: string,
    message: string,
    readonly libraryMessage?: string,
  ) {
    super(message);
  }
}

/** Optional observers of a dry run (e.g. a worker thread reporting its progress). */
export interface DryRunHooks {
  /**
   * Called when step `step` (1–10) begins, before it runs. `completed` holds the operations of
   * the steps before it, all finished (successful); they are not changed afterwards.
   */
  onStepBegin?: (step: number, completed: readonly OperationResult[]) => void;
}

/**
 * Builds the `operations` list of a `TestExecutionResult`, one operation per step, in order.
 */
export class Trace {
  readonly operations: OperationResult[] = [];
  private current: OperationResult | undefined;

  /** @param hooks observers called as steps begin (none by default). */
  constructor(private readonly hooks: DryRunHooks = {}) {}

  /** Starts step `step` (1–10); the operation is pending (`success: false`) until {@link ok}. */
  begin(step: number): OperationResult {
    this.hooks.onStepBegin?.(step, this.operations);
    const op: OperationResult = { step, name: STEP_NAMES[step - 1] as string, success: false, result: null };
    this.operations.push(op);
    this.current = op;
    return op;
  }

  /** Marks the current step successful with its result. */
  ok(result: unknown): void {
    if (!this.current) return;
    this.current.success = true;
    this.current.result = result;
  }

  /** Sets the current step's result without finishing it (a failing step may keep a partial result). */
  partial(result: unknown): void {
    if (this.current) this.current.result = result;
  }

  /** Adds a warning to the current step. */
  warn(message: string): void {
    if (!this.current) return;
    (this.current.warnings ??= []).push(message);
  }

  /** Adds several warnings (e.g. tool notes collected during a render). */
  warnAll(messages: readonly string[]): void {
    for (const m of messages) this.warn(m);
  }

  /** Records a detail of the current step. */
  detail(key: string, value: unknown): void {
    if (!this.current) return;
    (this.current.details ??= {})[key] = value;
  }

  /** Fails the current step: records the error on the operation and throws {@link StepFailure}. */
  fail(code: string, message: string, libraryMessage?: string): never {
    const step = this.current?.step ?? 0;
    const error: StepError = { message, code };
    if (libraryMessage !== undefined) error.libraryMessage = libraryMessage;
    if (this.current) {
      this.current.success = false;
      this.current.error = error;
    }
    throw new StepFailure(step, code, message, libraryMessage);
  }
}
