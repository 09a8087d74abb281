/**
 * The response side of a structurally valid definition document, read once for the
 * response-side rules: `config.response` (translationMap, translationMapDefaults,
 * successTemplate) and `contract.output.successSchema`, with the JSON pointers findings use.
 */
import { escapePointerToken } from '../../../definitions/json-source.js';

/** The parts of `config.response` and the output contract the response-side rules read. */
export interface ResponseConfig {
  /** translationMap key → Jayway JsonPath text (genesys-runtime.md §5.2). */
  translationMap: Record<string, string>;
  /** translationMapDefaults key → JSON text inserted verbatim when the path misses (§5.4). */
  translationMapDefaults: Record<string, string>;
  /**
   * The successTemplate as written; undefined when the field is absent (Genesys then renders
   * `${rawResult}`, genesys-runtime.md §1).
   */
  successTemplate?: string;
  /** `contract.output.successSchema` (draft-04, §6); `{}` when it is not an object. */
  successSchema: Record<string, unknown>;
}

/** Pointer of the successTemplate string. */
export const SUCCESS_TEMPLATE_POINTER = '/config/response/successTemplate';

/** Pointer of translationMap entry `key`. */
export function translationPointer(key: string): string {
  return `/config/response/translationMap/${escapePointerToken(key)}`;
}

/** Pointer of translationMapDefaults entry `key`. */
export function defaultPointer(key: string): string {
  return `/config/response/translationMapDefaults/${escapePointerToken(key)}`;
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

function objectOr(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Reads the response configuration of a parsed definition document. Tolerant of missing or
 * mistyped parts (the structure rules report those): non-string entries are left out.
 */
export function readResponseConfig(doc: unknown): ResponseConfig {
  const root = objectOr(doc);
  const response = objectOr(objectOr(root.config).response);
  const output = objectOr(objectOr(root.contract).output);
  const config: ResponseConfig = {
    translationMap: stringRecord(response.translationMap),
    translationMapDefaults: stringRecord(response.translationMapDefaults),
    successSchema: objectOr(output.successSchema),
  };
  if (typeof response.successTemplate === 'string') config.successTemplate = response.successTemplate;
  return config;
}

/** True when `key` is an own key of `record` (never an inherited one such as `constructor`). */
export function hasKey(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
