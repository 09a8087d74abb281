/**
 * Validation rules for data-action bodies, as pure functions from a raw JSON value to problems.
 * They back both the 400s of POST/PATCH (first problem wins) and the draft validation endpoint
 * (all problems). Sources: genesys-api.md §4.2–§4.4, §14.3; genesys-runtime.md §7.1.
 */
import { REQUEST_TYPES } from '../src/definitions/types.js';

/** One rule violation: a message and the `code` its ErrorBody carries. */
export interface Problem {
  message: string;
  code: string;
}

/** Message of a non-JSON `Accept` header, verbatim (help.mypurecloud.com/?p=266465; §4.2). */
export const ACCEPT_HEADER_MESSAGE = "The 'Accept' header only supports json content types when specified";

/** Prefix of the simple-input-schema failure, verbatim (genesys-runtime.md §2 table, §6). */
export const SIMPLE_SCHEMA_PREFIX =
  'Failed Validation of contract.input.inputSchema as a simple properties schema. Must be an Object with properties and no sub-objects. JSON failed schema validation for the following reasons: ';

const INPUT_NAME = /^[a-zA-Z][a-zA-Z0-9_-]*$/;
const PRIMITIVES = ['boolean', 'integer', 'null', 'number', 'string'];

function bad(message: string, code = 'bad.request'): Problem {
  return { message, code };
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `name`/`category`: required strings of 1–256 characters (genesys-api.md §4.4, §13). */
export function textFieldProblems(value: unknown, field: string, required: boolean): Problem[] {
  if (value === undefined || value === null) return required ? [bad(`${field} must not be null`)] : [];
  if (typeof value !== 'string') return [bad(`${field} must be a string`)];
  if (value.length < 1 || value.length > 256) return [bad(`${field} size must be between 1 and 256`)];
  return [];
}

/**
 * True when an `Accept` header value names only JSON media types (`application/json`,
 * `*\/*+json` suffix types), each optionally with parameters (genesys-api.md §4.2).
 */
export function isJsonAccept(value: string): boolean {
  const types = value.split(',').map((t) => t.split(';')[0]!.trim().toLowerCase());
  return types.length > 0 && types.every((t) => /^[a-z0-9.+*-]+\/(json|[a-z0-9.*-]+\+json)$/.test(t));
}

function stringMapProblems(value: unknown, field: string): Problem[] {
  if (value === undefined || value === null) return [];
  if (!isObject(value)) return [bad(`${field} must be an object of strings`)];
  for (const [k, v] of Object.entries(value)) {
    if (isObject(v) || Array.isArray(v)) return [bad(`${field}.${k} must be a string`)];
  }
  return [];
}

/**
 * Problems of an `ActionConfig` value. `complete` additionally demands what an executable
 * action needs (`requestUrlTemplate`, `requestType`), as draft validation does; POST/PATCH accept
 * them absent because the SDK marks every RequestConfig field optional (policy, §4.2).
 */
export function configProblems(config: unknown, complete: boolean): Problem[] {
  if (!isObject(config)) return [bad('config must not be null')];
  const out: Problem[] = [];
  const t = config['timeoutSeconds'];
  if (t !== undefined && t !== null && !(Number.isInteger(t) && (t as number) >= 1 && (t as number) <= 60)) {
    out.push(bad('config.timeoutSeconds must be an integer between 1 and 60'));
  }
  const req = config['request'];
  if (req !== undefined && req !== null && !isObject(req)) out.push(bad('config.request must be an object'));
  const request = isObject(req) ? req : {};
  const url = request['requestUrlTemplate'];
  if (url !== undefined && url !== null && typeof url !== 'string') {
    out.push(bad('config.request.requestUrlTemplate must be a string'));
  } else if (complete && (typeof url !== 'string' || url.trim() === '')) {
    out.push(bad('config.request.requestUrlTemplate must not be empty'));
  }
  const type = request['requestType'];
  if ((type !== undefined && type !== null) || complete) {
    if (!(REQUEST_TYPES as readonly unknown[]).includes(type)) {
      out.push(bad(`config.request.requestType must be one of [${REQUEST_TYPES.join(', ')}], got ${JSON.stringify(type ?? null)}`));
    }
  }
  const headers = request['headers'];
  out.push(...stringMapProblems(headers, 'config.request.headers'));
  if (isObject(headers)) {
    for (const [name, value] of Object.entries(headers)) {
      if (name.toLowerCase() === 'accept' && typeof value === 'string' && value.trim() !== '' && !isJsonAccept(value)) {
        out.push(bad(ACCEPT_HEADER_MESSAGE, 'INVALID_SCHEMA'));
      }
    }
  }
  const body = request['requestTemplate'];
  if (body !== undefined && body !== null && typeof body !== 'string') out.push(bad('config.request.requestTemplate must be a string'));
  const res = config['response'];
  if (res !== undefined && res !== null && !isObject(res)) out.push(bad('config.response must be an object'));
  const response = isObject(res) ? res : {};
  out.push(...stringMapProblems(response['translationMap'], 'config.response.translationMap'));
  out.push(...stringMapProblems(response['translationMapDefaults'], 'config.response.translationMapDefaults'));
  const st = response['successTemplate'];
  if (st !== undefined && st !== null && typeof st !== 'string') out.push(bad('config.response.successTemplate must be a string'));
  return out;
}

/** True when `$ref` appears as a key anywhere in the value. */
function hasRef(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasRef);
  if (!isObject(v)) return false;
  return Object.entries(v).some(([k, x]) => k === '$ref' || hasRef(x));
}

/**
 * Problems of an `ActionContractInput` value: `input.inputSchema` and `output.successSchema`
 * must be JSON objects; `$ref` is not supported (genesys-api.md §4.3, HELP add-contracts).
 */
export function contractProblems(contract: unknown): Problem[] {
  if (!isObject(contract)) return [bad('contract must not be null')];
  const out: Problem[] = [];
  const input = contract['input'];
  const output = contract['output'];
  if (!isObject(input) || !isObject(input['inputSchema'])) out.push(bad('contract.input.inputSchema must be a JSON object'));
  if (!isObject(output) || !isObject(output['successSchema'])) out.push(bad('contract.output.successSchema must be a JSON object'));
  if (hasRef(contract)) out.push(bad('Contracts do not support the $ref keyword'));
  return out;
}

/**
 * The "simple properties schema" check of the input contract (genesys-runtime.md §7.1):
 * top-level `type` object, property names `^[a-zA-Z][a-zA-Z0-9_-]*$`, property types among
 * boolean/integer/null/number/string. Wording follows the verbatim forum message (S-FORUM-SUBOBJ)
 * as the reference oracle renders it. Reserved names (`orgId`, `integrationId`, `rawRequest`)
 * are not rejected (policy: the oracle only warns about them).
 */
export function simpleInputSchemaProblems(schema: unknown): Problem[] {
  if (!isObject(schema)) return [];
  if ('type' in schema && schema['type'] !== 'object') {
    return [bad(`${SIMPLE_SCHEMA_PREFIX}Schema: # @/properties/type. Error location: /type. instance value (${JSON.stringify(schema['type'])}) not found in enum (possible values: ["object"])`)];
  }
  const props = schema['properties'];
  if (props === undefined) return [];
  if (!isObject(props)) {
    return [bad(`${SIMPLE_SCHEMA_PREFIX}Schema: # @/properties/properties. Error location: /properties. properties must be an object`)];
  }
  const out: Problem[] = [];
  for (const [name, prop] of Object.entries(props)) {
    if (!INPUT_NAME.test(name)) {
      out.push(bad(`${SIMPLE_SCHEMA_PREFIX}Schema: # @/properties/properties. Error location: /properties. object instance has properties which are not allowed by the schema: [${JSON.stringify(name)}]`));
      continue;
    }
    if (!isObject(prop)) {
      out.push(bad(`${SIMPLE_SCHEMA_PREFIX}Error location: /properties/${name}. property schema must be an object`));
      continue;
    }
    const type = prop['type'];
    const types = Array.isArray(type) ? type : type === undefined ? [] : [type];
    for (const t of types) {
      if (!PRIMITIVES.includes(t as string)) {
        out.push(bad(`${SIMPLE_SCHEMA_PREFIX}Schema: # @/properties/properties/patternProperties/^[a-zA-Z][a-zA-Z0-9_-]*$/properties/type. Error location: /properties/${name}/type. instance value (${JSON.stringify(t)}) not found in enum (possible values: ["boolean","integer","null","number","string"])`));
      }
    }
  }
  return out;
}
