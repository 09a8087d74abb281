import { toJsonModel, toPlainJson, type JsonValue } from '../json/model.js';
import { JsonParseError, parseJson } from '../json/parse.js';
import { formatSchemaFailure, validateAgainstSchema } from '../schema/validate.js';
import { PROCESSING, type Trace } from '../trace.js';
import { VelocityError, createTools, fromJson, renderTemplate } from '../velocity/index.js';
import { inputMap } from './request.js';
import type { RunState } from './state.js';

/** The verbatim Genesys wrapper of a success-template failure (genesys-runtime.md §5.5, S-WORKSHOP). */
export function transformError(message: string, template: string): string {
  return `Transform failed to process result using 'successTemplate' template due to error:'${message}'\n Template:'${template}'.`;
}

/**
 * Step 10, "Apply output transformation" (genesys-runtime.md §5.5, §6): renders the success
 * template (default `${rawResult}`) in strict-reference mode, parses the text as JSON, then
 * validates it against `successSchema` (draft-04, no coercion, integers judged lexically:
 * `150.0` is not an integer). Schema failures are step-10 failures (§2). Context: the tools,
 * then every translation value (shadowing a tool of the same name), then `rawResult`; `$input`
 * and `$credentials` only with `options.successContextInput`.
 * @returns the parsed output (plain JSON) for `finalResult`.
 */
export function stepOutput(state: RunState, trace: Trace): unknown {
  trace.begin(10);
  const configured = state.definition.config.response.successTemplate;
  const template = typeof configured === 'string' ? configured : '${rawResult}';
  if (typeof configured !== 'string') trace.detail('template', 'successTemplate missing: default ${rawResult} used');
  const notes: string[] = [];
  const ctx = createTools(notes);
  if (state.options.successContextInput) {
    ctx.set('input', inputMap(state.input));
    ctx.set('credentials', fromJson(toJsonModel(state.testCase.credentials ?? {})));
  }
  for (const [k, v] of state.values) ctx.set(k, v);
  ctx.set('rawResult', state.rawResult);
  let text: string;
  try {
    text = renderTemplate(template, ctx, {
      name: 'successTemplate',
      strict: true,
      notes,
      ...(state.options.maxTemplateSteps !== undefined ? { maxSteps: state.options.maxTemplateSteps } : {}),
    });
  } catch (e) {
    trace.warnAll(notes);
    if (e instanceof VelocityError) trace.fail(PROCESSING, transformError(e.message, template), e.message);
    throw e;
  }
  trace.warnAll(notes);
  trace.partial(text);
  let parsed: JsonValue;
  try {
    parsed = parseJson(text);
  } catch (e) {
    if (!(e instanceof JsonParseError)) throw e;
    trace.fail(PROCESSING, transformError(`Rendered text is not valid JSON: ${e.message}`, template), e.message);
  }
  const issues = validateAgainstSchema(parsed, state.definition.contract.output.successSchema);
  if (issues.length > 0) trace.fail(PROCESSING, formatSchemaFailure('output', issues));
  trace.detail('schema', 'validated against successSchema (draft-04, ajv-draft-04)');
  trace.ok(text);
  return toPlainJson(parsed);
}
