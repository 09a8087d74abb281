import { type JsonObject, toJsonModel } from '../json/model.js';
import { JsonParseError, parseJson } from '../json/parse.js';
import { writeJson } from '../json/write.js';
import { PROCESSING, type Trace } from '../trace.js';
import { VelocityError, createTools, fromJson, renderTemplate, type VMap } from '../velocity/index.js';
import type { RunState } from './state.js';

/**
 * `input` as request templates see it (oracle policy "Request context"): the input values,
 * decimals as Double (rendered `2.5`, `1.0`), nulls as null (rendered as the reference text),
 * plus `rawRequest` = the input as compact JSON in key order (a supplied `rawRequest` is
 * overwritten). No `orgId`/`integrationId` are added.
 */
export function inputMap(input: JsonObject): VMap {
  const vin: JsonObject = {};
  for (const k of Object.keys(input)) {
    if (k === 'rawRequest') continue;
    Object.defineProperty(vin, k, { value: input[k], enumerable: true, writable: true, configurable: true });
  }
  const map = fromJson(vin) as VMap;
  map.set('rawRequest', writeJson(vin));
  return map;
}

/** The request-side Velocity context: the tools, `$input`, `$credentials`, `$authResponse` (when given). */
export function requestContext(state: RunState, notes: string[]): VMap {
  const ctx = createTools(notes);
  ctx.set('input', inputMap(state.input));
  ctx.set('credentials', fromJson(toJsonModel(state.testCase.credentials ?? {})));
  if (state.testCase.authResponse) ctx.set('authResponse', fromJson(toJsonModel(state.testCase.authResponse)));
  return ctx;
}

/** Renders one request template non-strictly; a template error fails the current step. */
function render(state: RunState, trace: Trace, name: string, template: string): string {
  const notes: string[] = [];
  try {
    const out = renderTemplate(template, requestContext(state, notes), {
      name,
      strict: false,
      notes,
      ...(state.options.maxTemplateSteps !== undefined ? { maxSteps: state.options.maxTemplateSteps } : {}),
    });
    trace.warnAll(notes);
    return out;
  } catch (e) {
    trace.warnAll(notes);
    if (e instanceof VelocityError) trace.fail(PROCESSING, e.message, e.message);
    throw e;
  }
}

/**
 * Step 5, "Resolve request URL template": non-strict render of `requestUrlTemplate`
 * (genesys-runtime.md §3.3–3.4). Warns when the URL still holds reference text such as
 * `${input.opt}` (an omitted optional input without `$!`).
 */
export function stepUrl(state: RunState, trace: Trace): void {
  trace.begin(5);
  const url = render(state, trace, 'requestUrlTemplate', state.definition.config.request.requestUrlTemplate);
  if (url.includes('${') || url.includes('$input') || url.includes('$!{')) trace.warn('rendered URL still contains reference text');
  trace.ok(url);
}

/** Step 6, "Resolve request header templates": each header value, template name = header name. */
export function stepHeaders(state: RunState, trace: Trace): void {
  trace.begin(6);
  const out: Record<string, string> = {};
  state.contentType = undefined;
  for (const [name, template] of Object.entries(state.headers)) {
    const value = render(state, trace, name, template);
    Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    if (name.toLowerCase() === 'content-type') state.contentType = value;
  }
  trace.ok(out);
}

/**
 * Step 7, "Resolve request body template": skipped for GET (genesys-runtime.md §3.6); otherwise
 * `requestTemplate` (default `${input.rawRequest}`) rendered non-strictly. The body is sent as
 * rendered; a JSON (or missing) Content-Type with a body that is not JSON gives a warning.
 */
export function stepBody(state: RunState, trace: Trace): void {
  trace.begin(7);
  if (state.method === 'GET') {
    trace.detail('skipped', 'GET requests ignore the body template');
    trace.ok(null);
    return;
  }
  const template = state.definition.config.request.requestTemplate ?? '${input.rawRequest}';
  const body = render(state, trace, 'requestTemplate', template);
  const jsonContentType = state.contentType === undefined || state.contentType.toLowerCase().includes('json');
  if (jsonContentType && body.trim() !== '') {
    try {
      parseJson(body);
    } catch (e) {
      if (!(e instanceof JsonParseError)) throw e;
      trace.warn(`request body is not valid JSON (sent anyway): ${e.message}`);
    }
  }
  trace.ok(body);
}
