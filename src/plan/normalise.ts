/**
 * Makes a desired `PostActionInput` and a read-back `Action` comparable, so that a plan shows
 * only real changes (genesys-api.md §13 "Diff"; github-action-conventions.md §6.4).
 */
import type { JsonSchema } from '../definitions/types.js';
import type { Action, PostActionInput } from '../genesys/types.js';

/** Genesys's `requestTemplate` when none is set (genesys-api.md §4.2, Resource Center). */
export const DEFAULT_REQUEST_TEMPLATE = '${input.rawRequest}';
/** Genesys's `successTemplate` when none is set (genesys-api.md §4.2, §14.6). */
export const DEFAULT_SUCCESS_TEMPLATE = '${rawResult}';

/**
 * The comparable form of a data action: only the fields a definition controls, defaults filled,
 * nulls dropped, keys sorted. Server-only fields (`id`, `version`, `selfUri`, `*Uri`, flattened
 * schemas, `errorSchema`) and `integrationId` (the match key) are left out.
 */
export interface NormalisedAction {
  name: string;
  /** Absent when category is not compared (see `NormaliseOptions.ignoreCategory`). */
  category?: string;
  secure: boolean;
  config: {
    /** Absent when unset or 0 (Terraform omits 0, genesys-api.md §13). */
    timeoutSeconds?: number;
    request: {
      requestUrlTemplate?: string;
      /** Upper-cased HTTP method. */
      requestType?: string;
      headers: Record<string, string>;
      requestTemplate: string;
    };
    response: {
      translationMap: Record<string, string>;
      translationMapDefaults: Record<string, string>;
      successTemplate: string;
    };
  };
  contract: {
    input: { inputSchema?: JsonSchema };
    output: { successSchema?: JsonSchema };
  };
}

/** Options of `normaliseAction`. */
export interface NormaliseOptions {
  /** Leave `category` out, for definitions that did not name one (the remote value is kept). */
  ignoreCategory?: boolean;
}

/** Anything shaped like an action: a desired `PostActionInput` or a read-back `Action`. */
export type ActionLike = PostActionInput | Action | Record<string, unknown>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Deep copy with object keys sorted, `null`/`undefined` object members dropped (the Terraform
 * "equivalent JSON" rule deletes nulls from objects only; array items are kept).
 */
export function canonicalise(value: unknown): Json {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonicalise(v)));
  if (isPlainObject(value)) {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const v = value[key];
      if (v === null || v === undefined) continue;
      out[key] = canonicalise(v);
    }
    return out;
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

/** Canonical JSON text: sorted keys, no nulls in objects, no whitespace. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalise(value));
}

/**
 * A JSON Schema in comparable form: canonicalised, and every `required` list sorted and
 * de-duplicated (it is a set in JSON Schema draft-04 §5.4.3). A schema given as JSON text is
 * parsed first; unparsable text is kept as a string so it still compares unequal.
 */
export function normaliseSchema(schema: unknown): JsonSchema | undefined {
  let value = schema;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { $text: value } as JsonSchema;
    }
  }
  if (value === null || value === undefined) return undefined;
  return sortRequired(canonicalise(value)) as JsonSchema;
}

function sortRequired(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortRequired);
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'required' && Array.isArray(v) && v.every((x) => typeof x === 'string')) {
      out[key] = [...new Set(v as string[])].sort();
    } else {
      out[key] = sortRequired(v);
    }
  }
  return out;
}

function stringMap(value: unknown): Record<string, string> {
  if (!isPlainObject(value)) return {};
  const out: Record<string, string> = {};
  for (const key of Object.keys(value).sort()) {
    const v = value[key];
    if (v === null || v === undefined) continue;
    out[key] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  return out;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function template(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/**
 * Normalises a desired payload or a read-back action for comparison:
 * - picks the fields a definition controls (name, category, secure, config, contract);
 * - fills Genesys defaults: `requestTemplate` `${input.rawRequest}`, `successTemplate`
 *   `${rawResult}` (an empty template counts as absent: Genesys substitutes the default, §4.2),
 *   `{}` for headers/translationMap/translationMapDefaults, `secure` false;
 * - drops `timeoutSeconds` when absent or 0, upper-cases `requestType`;
 * - compares contracts semantically: `inputSchema`/`successSchema` only, canonical key order,
 *   nulls dropped, `required` as a set (§13 "Diff" lessons). Templates, header values and
 *   translation-map entries are compared byte for byte: whitespace matters to Velocity.
 * Pure; never throws.
 */
export function normaliseAction(action: ActionLike, options: NormaliseOptions = {}): NormalisedAction {
  const a = action as Record<string, unknown>;
  const config = isPlainObject(a.config) ? a.config : {};
  const request = isPlainObject(config.request) ? config.request : {};
  const response = isPlainObject(config.response) ? config.response : {};
  const contract = isPlainObject(a.contract) ? a.contract : {};
  const input = isPlainObject(contract.input) ? contract.input : {};
  const output = isPlainObject(contract.output) ? contract.output : {};
  const timeout = typeof config.timeoutSeconds === 'number' && config.timeoutSeconds !== 0 ? config.timeoutSeconds : undefined;
  const requestType = text(request.requestType)?.toUpperCase();

  const result: NormalisedAction = {
    name: text(a.name) ?? '',
    secure: a.secure === true,
    config: {
      request: {
        headers: stringMap(request.headers),
        requestTemplate: template(request.requestTemplate, DEFAULT_REQUEST_TEMPLATE),
      },
      response: {
        translationMap: stringMap(response.translationMap),
        translationMapDefaults: stringMap(response.translationMapDefaults),
        successTemplate: template(response.successTemplate, DEFAULT_SUCCESS_TEMPLATE),
      },
    },
    contract: { input: {}, output: {} },
  };
  if (!options.ignoreCategory) result.category = text(a.category) ?? '';
  if (timeout !== undefined) result.config.timeoutSeconds = timeout;
  const url = text(request.requestUrlTemplate);
  if (url !== undefined) result.config.request.requestUrlTemplate = url;
  if (requestType !== undefined) result.config.request.requestType = requestType;
  const inputSchema = normaliseSchema(input.inputSchema);
  if (inputSchema !== undefined) result.contract.input.inputSchema = inputSchema;
  const successSchema = normaliseSchema(output.successSchema);
  if (successSchema !== undefined) result.contract.output.successSchema = successSchema;
  return canonicalise(result) as unknown as NormalisedAction;
}
