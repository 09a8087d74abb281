/**
 * Live mode: instead of the recorded response, step 8 sends the request the dry run rendered and
 * uses the real answer; every other step is the ordinary dry run. Opt-in (input `dry-run: live`),
 * refused on pull requests from forks by the caller.
 */
import type { Definition } from '../../definitions/types.js';
import type { IsolatedRunner } from '../isolate/index.js';
import { STEP_NAMES, type DryRunCase, type TestExecutionResult } from '../types.js';
import { renderedRequest } from './request.js';
import { LiveRequestError, sendLive, type LiveTarget } from './send.js';

export { LiveRequestError, sendLive, type LiveTarget } from './send.js';
export { renderedRequest, type RenderedRequest } from './request.js';

const EXECUTE = 8;

/** The step-8 failure for a request that got no answer (Genesys: ACTION.REMOTE_ENDPOINT, §4). */
function noAnswer(first: TestExecutionResult, error: string): TestExecutionResult {
  const failure = { message: `REST call for action execute failed. Message: ${error}`, code: 'ACTION.REMOTE_ENDPOINT' };
  return {
    success: false,
    operations: [...first.operations.filter((o) => o.step < EXECUTE), { step: EXECUTE, name: STEP_NAMES[EXECUTE - 1], success: false, error: failure }],
    error: { ...failure, step: EXECUTE },
  };
}

/**
 * Runs one case live: a first pass renders the request (steps 1–7; a failure there is the result,
 * and nothing is sent), the request is sent with {@link sendLive}, and a second pass processes the
 * real response from step 8 on. Step 8 of the result carries a warning naming the request sent.
 * Never rejects for remote problems: they are step-8 failures.
 */
export async function runLiveCase(runner: IsolatedRunner, definition: Definition, testCase: DryRunCase, target: LiveTarget): Promise<TestExecutionResult> {
  const first = await runner.run(definition, { ...testCase, response: { status: 200, body: {} } });
  const reached = first.operations.some((o) => o.step === EXECUTE);
  if (!reached) return first;
  const request = renderedRequest(first, definition.config.request.requestType);
  if (!request) return first;
  const timeoutMs = target.timeoutMs ?? (definition.config.timeoutSeconds ?? 60) * 1000;
  let response;
  try {
    response = await sendLive(request, { ...target, timeoutMs });
  } catch (e) {
    if (!(e instanceof LiveRequestError)) throw e;
    return noAnswer(first, e.message);
  }
  const result = await runner.run(definition, { ...testCase, response });
  const execute = result.operations.find((o) => o.step === EXECUTE);
  if (execute) execute.warnings = [...(execute.warnings ?? []), `live: ${request.method} ${request.url} answered ${response.status}`];
  return result;
}
