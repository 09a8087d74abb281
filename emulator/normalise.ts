/**
 * Turns validated request bodies into stored action parts, applying the server defaults
 * (genesys-api.md §4.2, §14.6) and dropping read-only fields (`*Uri`, flattened schemas).
 */
import type { ActionContract, JsonSchema } from '../src/definitions/types.js';
import { isObject } from './rules.js';
import type { StoredConfig } from './types.js';

/** Default `requestTemplate` (genesys-api.md §4.2, HELP request-configuration). */
export const DEFAULT_REQUEST_TEMPLATE = '${input.rawRequest}';
/** Default `successTemplate` (genesys-api.md §4.2, §14.6). */
export const DEFAULT_SUCCESS_TEMPLATE = '${rawResult}';

/** Stringifies the scalar values of a map, as Jackson does for `Map<String,String>`. */
function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    if (x !== undefined && x !== null) out[k] = String(x);
  }
  return out;
}

/** A template string, or the default when missing or empty. */
function template(v: unknown, fallback: string): string {
  return typeof v === 'string' && v !== '' ? v : fallback;
}

/**
 * Normalises a validated `ActionConfig` body: missing or empty `requestTemplate` becomes
 * `${input.rawRequest}` and `successTemplate` `${rawResult}` (an empty inline template is replaced
 * by the default, as third-party notes in genesys-api.md §4.2 describe); missing maps become `{}`;
 * `requestTemplateUri`/`successTemplateUri` and unknown fields are dropped.
 */
export function normaliseConfig(config: Record<string, unknown>): StoredConfig {
  const req = isObject(config['request']) ? config['request'] : {};
  const res = isObject(config['response']) ? config['response'] : {};
  const out: StoredConfig = {
    request: {
      headers: stringMap(req['headers']),
      requestTemplate: template(req['requestTemplate'], DEFAULT_REQUEST_TEMPLATE),
    },
    response: {
      translationMap: stringMap(res['translationMap']),
      translationMapDefaults: stringMap(res['translationMapDefaults']),
      successTemplate: template(res['successTemplate'], DEFAULT_SUCCESS_TEMPLATE),
    },
  };
  if (typeof req['requestUrlTemplate'] === 'string') out.request.requestUrlTemplate = req['requestUrlTemplate'];
  if (typeof req['requestType'] === 'string') out.request.requestType = req['requestType'];
  if (typeof config['timeoutSeconds'] === 'number') out.timeoutSeconds = config['timeoutSeconds'];
  return out;
}

/** Keeps only the writable contract fields (`ActionContractInput`, genesys-api.md §4.3). */
export function normaliseContract(contract: Record<string, unknown>): ActionContract {
  const input = contract['input'] as Record<string, unknown>;
  const output = contract['output'] as Record<string, unknown>;
  return {
    input: { inputSchema: structuredClone(input['inputSchema']) as JsonSchema },
    output: { successSchema: structuredClone(output['successSchema']) as JsonSchema },
  };
}

/** JSON text with object keys sorted, for semantic equality of contracts. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isObject(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
