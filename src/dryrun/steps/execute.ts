import { toJsonModel } from '../json/model.js';
import { JsonParseError, parseJson } from '../json/parse.js';
import { writeJson, writeJsonSmart } from '../json/write.js';
import { REMOTE_ENDPOINT, type Trace } from '../trace.js';
import type { RunState } from './state.js';

const PREFIX = 'REST call for action execute failed. Message: Request to backend service failed.';

/**
 * Step 8, "Execute", replaced by the recorded response (genesys-runtime.md §4, oracle policy):
 * a non-2xx status fails with the remote body in the message; an empty body becomes `{}` with a
 * warning; a body that is not JSON, or is JSON `null` (which Jayway cannot read), fails. The
 * failures carry `ACTION.REMOTE_ENDPOINT`.
 * `rawResult` is the json-smart re-serialization of the parsed body (`1.50` → `1.5`).
 */
export function stepExecute(state: RunState, trace: Trace): void {
  trace.begin(8);
  const response = state.testCase.response ?? {};
  const status = response.status ?? 200;
  let bodyText: string;
  if (typeof response.bodyText === 'string') bodyText = response.bodyText;
  else if (response.body !== undefined) bodyText = writeJson(toJsonModel(response.body));
  else bodyText = '';
  if (!Number.isInteger(status)) trace.fail(REMOTE_ENDPOINT, `${PREFIX} The recorded response status is not an integer: ${String(status)}`);
  if (status < 200 || status > 299) trace.fail(REMOTE_ENDPOINT, `${PREFIX} Response from web service: ${bodyText}`);
  if (bodyText.trim() === '') {
    trace.warn('empty response body treated as {} (policy)');
    bodyText = '{}';
  }
  try {
    state.body = parseJson(bodyText);
  } catch (e) {
    if (!(e instanceof JsonParseError)) throw e;
    trace.fail(REMOTE_ENDPOINT, `${PREFIX} Response from web service is not JSON: ${e.message}`, e.message);
  }
  // Jayway's json-smart provider refuses a `null` document (oracle; json-path JsonProvider).
  if (state.body === null) {
    trace.fail(REMOTE_ENDPOINT, 'REST call for action execute failed. Message: response body could not be parsed by JsonPath: json can not be null', 'json can not be null');
  }
  state.rawResult = writeJsonSmart(state.body);
  trace.ok({ status, rawResult: state.rawResult });
}
