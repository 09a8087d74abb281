/**
 * File formats a data-action definition can be written in, and their conversion to the one
 * {@link Definition} type. Structure is checked beforehand by the validate stage; these functions
 * assume a structurally valid document.
 */
import type { ActionConfig, Definition, DefinitionFormat, JsonSchema, RequestType } from './types.js';

/**
 * The suffix the Genesys UI appends to exported names, e.g.
 * `"Get Sentiment - JVM - Exported 2024-11-19 @ 14:10"` (genesys-api.md §9).
 */
export const EXPORT_SUFFIX = / - Exported \d{4}-\d{2}-\d{2} @ \d{1,2}:\d{2}$/;

/** Removes the UI export suffix from a name; other names are returned unchanged. */
export function stripExportSuffix(name: string): string {
  return name.replace(EXPORT_SUFFIX, '');
}

/**
 * Tells which format a parsed document is in:
 * - `export`: a UI export (`integrationType` + `actionType`, no `integrationId`/`category`;
 *   genesys-api.md §9);
 * - `api`: an API-shaped action (`category` and/or `integrationId`, as GET/POST bodies carry;
 *   genesys-api.md §4.1).
 * Documents with neither marker are treated as exports, the most common shape in repositories.
 */
export function detectFormat(doc: Record<string, unknown>): DefinitionFormat {
  if ('integrationType' in doc || 'actionType' in doc) return 'export';
  if ('category' in doc || 'integrationId' in doc || 'id' in doc) return 'api';
  return 'export';
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/**
 * Converts a structurally valid document (export or API shape) to a {@link Definition}.
 * Server-only fields (`id`, `version`, `selfUri`, `*Uri`, flattened schemas) are dropped.
 */
export function toDefinition(doc: Record<string, unknown>): Definition {
  const config = (doc.config ?? {}) as Record<string, unknown>;
  const request = (config.request ?? {}) as Record<string, unknown>;
  const response = (config.response ?? {}) as Record<string, unknown>;
  const contract = doc.contract as { input: { inputSchema: JsonSchema }; output: { successSchema: JsonSchema } };
  const rawName = doc.name as string;
  const name = stripExportSuffix(rawName);

  const actionConfig: ActionConfig = {
    request: {
      requestUrlTemplate: request.requestUrlTemplate as string,
      requestType: request.requestType as RequestType,
      headers: stringMap(request.headers),
      ...(typeof request.requestTemplate === 'string' ? { requestTemplate: request.requestTemplate } : {}),
    },
    response: {
      translationMap: stringMap(response.translationMap),
      translationMapDefaults: stringMap(response.translationMapDefaults),
      ...(typeof response.successTemplate === 'string' ? { successTemplate: response.successTemplate } : {}),
    },
  };
  if (typeof config.timeoutSeconds === 'number') actionConfig.timeoutSeconds = config.timeoutSeconds;

  const def: Definition = {
    name,
    secure: doc.secure === true,
    config: actionConfig,
    contract: {
      input: { inputSchema: contract.input.inputSchema },
      output: { successSchema: contract.output.successSchema },
    },
  };
  if (name !== rawName) def.exportedName = rawName;
  if (typeof doc.category === 'string') def.category = doc.category;
  if (typeof doc.integrationType === 'string') def.integrationType = doc.integrationType;
  if (typeof doc.integrationId === 'string') def.integrationId = doc.integrationId;
  if (typeof doc.actionType === 'string') def.actionType = doc.actionType;
  return def;
}
