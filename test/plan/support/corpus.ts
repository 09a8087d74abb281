/**
 * Corpus definitions as desired payloads, and hand-built read-backs shaped like Genesys GET
 * responses (genesys-api.md §4.1–§4.3): server fields added, nulls added, key order reversed,
 * templates possibly URI-only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Action, PostActionInput } from '../../../src/genesys/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
/** The full corpus of 140 real exported definitions (copied into test/corpus/). */
export { CORPUS_DIR as CORPUS } from '../../support/corpus.js';
import { CORPUS_DIR } from '../../support/corpus.js';

export const FIXTURE_FILES = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort();

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json')).sort();
}

/** A UI export file turned into `PostActionInput` the way genesys-api.md §9 describes. */
export function payloadFrom(path: string, integrationId = 'int-1', category = 'CRM'): PostActionInput {
  const exported = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  const payload: PostActionInput = {
    name: exported.name,
    category,
    integrationId,
    config: exported.config,
    contract: exported.contract,
  };
  if (exported.secure !== undefined) payload.secure = exported.secure;
  return payload;
}

export function fixturePayload(file: string, integrationId = 'int-1', category = 'CRM'): PostActionInput {
  return payloadFrom(join(FIXTURES, file), integrationId, category);
}

/** Deep copy with every object's keys in reverse order; `required` lists reversed too. */
export function reverseKeys(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => reverseKeys(v));
    return key === 'required' ? items.reverse() : items;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).reverse()) out[k] = reverseKeys((value as Record<string, unknown>)[k], k);
    return out;
  }
  return value;
}

/** The schema with a null member `key` added, when it has no such member. */
function withNull(schema: Record<string, unknown>, key: string): Record<string, unknown> {
  return key in schema ? schema : { ...schema, [key]: null };
}

/**
 * What `GET /actions/{id}?expand=contract&includeConfig=true` could return for `payload`:
 * id/version/selfUri, `*Uri` fields, explicit defaults, null members, reversed key order.
 */
export function readBack(payload: PostActionInput, id = 'act-1', version = 2): Action {
  const p = structuredClone(payload) as any;
  const request = p.config.request;
  const response = p.config.response;
  const action = {
    id,
    name: p.name,
    integrationId: p.integrationId,
    category: p.category,
    version,
    secure: p.secure ?? false,
    selfUri: `/api/v2/integrations/actions/${id}`,
    config: {
      timeoutSeconds: p.config.timeoutSeconds ?? null,
      request: {
        ...request,
        headers: request.headers ?? {},
        requestTemplate: request.requestTemplate ?? '${input.rawRequest}',
        requestTemplateUri: `/api/v2/integrations/actions/${id}/templates/requesttemplate.vm`,
      },
      response: {
        translationMap: response.translationMap ?? {},
        translationMapDefaults: response.translationMapDefaults ?? {},
        successTemplate: response.successTemplate ?? '${rawResult}',
        successTemplateUri: `/api/v2/integrations/actions/${id}/templates/successtemplate.vm`,
      },
    },
    contract: {
      input: {
        inputSchema: withNull(p.contract.input.inputSchema, 'description'),
        inputSchemaUri: `/api/v2/integrations/actions/${id}/schemas/inputschema.json`,
      },
      output: {
        successSchema: p.contract.output.successSchema,
        successSchemaUri: `/api/v2/integrations/actions/${id}/schemas/successschema.json`,
        errorSchema: null,
      },
    },
  };
  return reverseKeys(action) as Action;
}
