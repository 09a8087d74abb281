import type { Definition } from '../definitions/types.js';
import type { JsonObject } from './json/model.js';
import { stepAuthentication } from './steps/auth.js';
import { stepValidateDraft } from './steps/draft.js';
import { stepExecute } from './steps/execute.js';
import { stepInputSchema, stepSimpleJson } from './steps/input.js';
import { stepOutput } from './steps/output.js';
import { stepBody, stepHeaders, stepUrl } from './steps/request.js';
import type { RunState } from './steps/state.js';
import { stepTranslationMap } from './steps/translation.js';
import { type DryRunHooks, PROCESSING, StepFailure, Trace } from './trace.js';
import type { DryRunCase, DryRunOptions, TestExecutionResult } from './types.js';

export type { DryRunHooks } from './trace.js';

/**
 * Dry-runs one data action on one test case, exactly as the ten operations of Genesys' Test tab
 * (genesys-runtime.md §2, §10), stopping at the first failing step. Pure: no I/O; the recorded
 * response stands in for the HTTP call. Error texts and codes follow the oracle
 * (`ACTION.PROCESSING`, `ACTION.REMOTE_ENDPOINT` at step 8).
 *
 * Never throws: an unexpected internal error is reported as a failure of the step that was
 * running, with a message starting `dry run internal error:`.
 * @param hooks optional observers (`onStepBegin`), e.g. for progress reports from a worker.
 * @returns a `TestExecutionResult`; `finalResult` is the parsed success-template output.
 */
export function dryRun(definition: Definition, testCase: DryRunCase, options: DryRunOptions = {}, hooks: DryRunHooks = {}): TestExecutionResult {
  const trace = new Trace(hooks);
  const state: RunState = {
    definition,
    testCase,
    options,
    input: {} as JsonObject,
    method: 'GET',
    headers: {},
    translationMap: {},
    translationMapDefaults: {},
    contentType: undefined,
    body: null,
    rawResult: '',
    values: new Map(),
  };
  try {
    stepSimpleJson(state, trace);
    stepValidateDraft(state, trace);
    stepInputSchema(state, trace);
    stepAuthentication(state, trace);
    stepUrl(state, trace);
    stepHeaders(state, trace);
    stepBody(state, trace);
    stepExecute(state, trace);
    stepTranslationMap(state, trace);
    const finalResult = stepOutput(state, trace);
    return { success: true, operations: trace.operations, finalResult };
  } catch (e) {
    if (e instanceof StepFailure) {
      const error: TestExecutionResult['error'] = { message: e.message, code: e.code, step: e.step };
      if (e.libraryMessage !== undefined) error.libraryMessage = e.libraryMessage;
      return { success: false, operations: trace.operations, error };
    }
    const ops = trace.operations;
    const current = ops[ops.length - 1];
    const step = current?.step ?? 1;
    const message = `dry run internal error: ${e instanceof Error ? e.message : String(e)}`;
    if (current) {
      current.success = false;
      current.error = { message, code: PROCESSING };
    }
    return { success: false, operations: ops, error: { message, code: PROCESSING, step } };
  }
}
