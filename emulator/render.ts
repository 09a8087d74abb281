/**
 * Renders stored actions as wire `Action` objects (genesys-api.md §4.1, §4.2, §14.5).
 */
import type { RequestType } from '../src/definitions/types.js';
import type { Action, ActionConfigRead } from '../src/genesys/types.js';
import type { ActionPart, StoredAction } from './types.js';

/** Base path of the actions resource. */
export const ACTIONS_PATH = '/api/v2/integrations/actions';

/** Which part of an action is rendered: the published action or its draft. */
export type PartKind = 'published' | 'draft';

/** What to include, from the query: `expand=contract`, `includeConfig=true`, URI-only mode. */
export interface RenderOptions {
  expandContract: boolean;
  includeConfig: boolean;
  omitInlineTemplates: boolean;
}

/** `/api/v2/integrations/actions/<id>` or `…/<id>/draft`. */
export function partPath(id: string, kind: PartKind): string {
  return kind === 'draft' ? `${ACTIONS_PATH}/${id}/draft` : `${ACTIONS_PATH}/${id}`;
}

/** Reads `expand` (comma list or repeated) and `includeConfig` from a query. */
export function renderOptionsFrom(query: URLSearchParams, omitInlineTemplates: boolean): RenderOptions {
  const expand = query.getAll('expand').flatMap((e) => e.split(','));
  return {
    expandContract: expand.includes('contract'),
    includeConfig: (query.get('includeConfig') ?? '').toLowerCase() === 'true',
    omitInlineTemplates,
  };
}

/**
 * The config as read back: always with `requestTemplateUri`/`successTemplateUri`
 * (`<part path>/templates/requesttemplate.vm`, `…/successtemplate.vm`, §4.2); inline templates
 * left out in URI-only mode (§4.2 third-party notes, §14.5†).
 */
function renderConfig(part: ActionPart, base: string, omitInline: boolean): ActionConfigRead {
  const { request, response, timeoutSeconds } = structuredClone(part.config);
  const out: ActionConfigRead = {
    request: {
      ...(request.requestUrlTemplate !== undefined ? { requestUrlTemplate: request.requestUrlTemplate } : {}),
      ...(request.requestType !== undefined ? { requestType: request.requestType as RequestType } : {}),
      headers: request.headers,
      ...(omitInline ? {} : { requestTemplate: request.requestTemplate }),
      requestTemplateUri: `${base}/templates/requesttemplate.vm`,
    },
    response: {
      translationMap: response.translationMap,
      translationMapDefaults: response.translationMapDefaults,
      ...(omitInline ? {} : { successTemplate: response.successTemplate }),
      successTemplateUri: `${base}/templates/successtemplate.vm`,
    },
  };
  if (timeoutSeconds !== undefined) out.timeoutSeconds = timeoutSeconds;
  return out;
}

/**
 * One action part as a wire `Action`: `contract` only with `expandContract`, `config` only with
 * `includeConfig` (genesys-api.md §4.1). `selfUri` is the part's own path.
 */
export function renderAction(action: StoredAction, kind: PartKind, opts: RenderOptions): Action {
  const part = kind === 'draft' ? action.draft : action.published;
  if (!part) throw new Error(`action ${action.id} has no ${kind} part`);
  const base = partPath(action.id, kind);
  const out: Action = {
    id: action.id,
    name: part.name,
    integrationId: action.integrationId,
    category: part.category,
    version: part.version,
    secure: part.secure,
  };
  if (opts.expandContract) out.contract = structuredClone(part.contract);
  if (opts.includeConfig) out.config = renderConfig(part, base, opts.omitInlineTemplates);
  out.selfUri = base;
  return out;
}
