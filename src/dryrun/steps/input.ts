import { JavaDouble } from '../json/java-double.js';
import { type JsonObject, type JsonValue, isJsonObject, toJsonModel, toPlainJson } from '../json/model.js';
import { formatSchemaFailure, validateAgainstSchema } from '../schema/validate.js';
import { PROCESSING, type Trace } from '../trace.js';
import type { RunState } from './state.js';

/** The JSON type name the oracle prints for a value (`integer` vs `number` by Java class). */
export function jsonTypeName(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return 'integer';
  if (v instanceof JavaDouble) return 'number';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

/**
 * Step 1, "Validate request body contains simple json (key-value pairs)": the input must be a
 * JSON object whose values are not objects or arrays (genesys-runtime.md §2, §7.1). Messages
 * as the oracle words them. A missing input is an empty object.
 */
export function stepSimpleJson(state: RunState, trace: Trace): void {
  trace.begin(1);
  const raw = state.testCase.input === undefined ? {} : toJsonModel(state.testCase.input);
  if (!isJsonObject(raw)) {
    trace.fail(PROCESSING, `Request body must be a JSON object of key-value pairs, got ${jsonTypeName(raw)}`);
  }
  for (const key of Object.keys(raw)) {
    const v = raw[key] as JsonValue;
    if (Array.isArray(v) || isJsonObject(v)) {
      trace.fail(PROCESSING, `Request body must contain simple json (key-value pairs): property '${key}' is of type ${jsonTypeName(v)}`);
    }
  }
  state.input = raw as JsonObject;
  trace.ok(toPlainJson(raw));
}

/**
 * Step 3, "Validate request body against simple input schema": full draft-04 validation of the
 * input against `contract.input.inputSchema` with ajv-draft-04 (no coercion), reported in fge
 * wording inside the Genesys wrapper (genesys-runtime.md §6, §7.1). The oracle only checks
 * `required`, `type`, `enum` and `additionalProperties: false`; this checks every keyword.
 */
export function stepInputSchema(state: RunState, trace: Trace): void {
  trace.begin(3);
  const issues = validateAgainstSchema(state.input, state.definition.contract.input.inputSchema);
  if (issues.length > 0) trace.fail(PROCESSING, formatSchemaFailure('input', issues));
  trace.detail('schema', 'draft-04 (ajv-draft-04), no coercion; formats are not checked');
  trace.ok(null);
}
