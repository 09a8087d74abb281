/** Builds small definitions for step-level tests. */
import type { Definition, JsonSchema } from '../../../src/definitions/types.js';

export interface Spec {
  method?: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  url?: string;
  headers?: Record<string, string>;
  body?: string;
  map?: Record<string, string>;
  defaults?: Record<string, string>;
  success?: string;
  input?: JsonSchema;
  output?: JsonSchema;
}

/** A `custom-rest-actions` definition with the given parts (sensible defaults elsewhere). */
export function definition(spec: Spec): Definition {
  const request: Definition['config']['request'] = {
    requestUrlTemplate: spec.url ?? 'https://api.example.com/x',
    requestType: spec.method ?? 'GET',
    headers: spec.headers ?? { 'Content-Type': 'application/json' },
  };
  if (spec.body !== undefined) request.requestTemplate = spec.body;
  const response: Definition['config']['response'] = { translationMap: spec.map ?? {}, translationMapDefaults: spec.defaults ?? {} };
  if (spec.success !== undefined) response.successTemplate = spec.success;
  return {
    name: 'test action',
    integrationType: 'custom-rest-actions',
    secure: false,
    config: { request, response },
    contract: {
      input: { inputSchema: spec.input ?? { type: 'object', properties: {} } },
      output: { successSchema: spec.output ?? { type: 'object', properties: {} } },
    },
  };
}
