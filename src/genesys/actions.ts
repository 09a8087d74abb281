/**
 * Typed calls of `/api/v2/integrations/actions` (genesys-api.md §5): published actions, drafts,
 * validation, publish, test, templates.
 */
import { isStatus } from './errors.js';
import type { ApiRequester } from './http.js';
import { listAllPages } from './paging.js';
import type {
  Action,
  ActionTestExecutionResult,
  DraftValidationResult,
  PostActionInput,
  UpdateDraftInput,
} from './types.js';

const ACTIONS = '/api/v2/integrations/actions';

/** Narrows a listing to exact matches (the server's `name` filter is partial, §5.1). */
export interface ActionFilter {
  /** Exact action name. Sent as the `name` query to narrow the search, then matched exactly. */
  name?: string;
  /** Exact owning integration id (matched on the client). */
  integrationId?: string;
}

/** The data-action calls this project makes. Every method throws `GenesysApiError` on failure. */
export interface ActionsApi {
  /** Published actions (`GET /actions`, all pages of 100), exact-filtered. Config/contract absent. */
  listActions(filter?: ActionFilter): Promise<Action[]>;
  /** Drafts (`GET /actions/drafts`, all pages), exact-filtered. */
  listDrafts(filter?: ActionFilter): Promise<Action[]>;
  /** One published action with contract, config and template text (see `readFullAction`). */
  getAction(actionId: string): Promise<Action>;
  /**
   * `GET /actions/{id}` without expand/config: id, name, version… or undefined on 404 (unknown or
   * draft-only id, genesys-api.md §5.2).
   */
  getActionSummary(actionId: string): Promise<Action | undefined>;
  /** The draft of an action, likewise complete. */
  getDraft(actionId: string): Promise<Action>;
  /** `POST /actions/drafts`: a new draft-only action. Never retried on 5xx (§11). */
  createDraft(input: PostActionInput): Promise<Action>;
  /** `POST /actions/{id}/draft` (no body): a draft copied from the published action (§5.6). */
  createDraftFromPublished(actionId: string): Promise<Action>;
  /** `PATCH /actions/{id}/draft` with the current draft `version`; returns the new draft. */
  patchDraft(actionId: string, input: UpdateDraftInput): Promise<Action>;
  /** `DELETE /actions/{id}/draft`; a 404 (no draft) counts as success (Terraform, §5.6). */
  deleteDraft(actionId: string): Promise<void>;
  /** `GET /actions/{id}/draft/validation` (§5.8). */
  validateDraft(actionId: string): Promise<DraftValidationResult>;
  /** `POST /actions/{id}/draft/publish {version}`: `version` is the current draft version (§5.7). */
  publishDraft(actionId: string, version: number): Promise<Action>;
  /** `POST /actions/{id}/test` with execution input (§5.9). */
  testAction(actionId: string, input: Record<string, unknown>, options?: { flatten?: boolean }): Promise<ActionTestExecutionResult>;
  /** `POST /actions/{id}/draft/test` (§5.10). */
  testDraft(actionId: string, input: Record<string, unknown>, options?: { flatten?: boolean }): Promise<ActionTestExecutionResult>;
  /** Raw text of `requesttemplate.vm`/`successtemplate.vm` (§5.13), published or draft. */
  getTemplate(actionId: string, fileName: string, draft?: boolean): Promise<string>;
}

function actionPath(actionId: string, suffix = ''): string {
  return `${ACTIONS}/${encodeURIComponent(actionId)}${suffix}`;
}

function exact(actions: Action[], filter: ActionFilter | undefined): Action[] {
  return actions.filter(
    (a) =>
      (filter?.name === undefined || a.name === filter.name) &&
      (filter?.integrationId === undefined || a.integrationId === filter.integrationId),
  );
}

/** The file name at the end of a `*TemplateUri`, e.g. `requesttemplate.vm`. */
function templateFileName(uri: string | undefined, fallback: string): string {
  const last = uri?.split('?')[0]?.split('/').filter(Boolean).pop();
  return last && /^[\w.-]+$/.test(last) ? last : fallback;
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Reads an action or draft with `expand=contract&includeConfig=true` (what Terraform reads,
 * §4.1) and, when `requestTemplate`/`successTemplate` came back only as a `*Uri` (missing, null
 * or empty inline), fetches the template text from the templates endpoint with `Accept: *\/*`
 * (§4.2 client rule, §5.13). The template path is built from the action id and the URI's file
 * name, so the bearer token is never sent to a URL taken from a response.
 */
export async function readFullAction(api: ApiRequester, actionId: string, draft: boolean): Promise<Action> {
  const action = await api.request<Action>('GET', actionPath(actionId, draft ? '/draft' : ''), {
    query: { expand: 'contract', includeConfig: true },
  });
  const request = action.config?.request;
  if (request && isMissing(request.requestTemplate) && request.requestTemplateUri) {
    const file = templateFileName(request.requestTemplateUri, 'requesttemplate.vm');
    request.requestTemplate = await getTemplateText(api, actionId, file, draft);
  }
  const response = action.config?.response;
  if (response && isMissing(response.successTemplate) && response.successTemplateUri) {
    const file = templateFileName(response.successTemplateUri, 'successtemplate.vm');
    response.successTemplate = await getTemplateText(api, actionId, file, draft);
  }
  return action;
}

function getTemplateText(api: ApiRequester, actionId: string, fileName: string, draft: boolean): Promise<string> {
  const suffix = `${draft ? '/draft' : ''}/templates/${encodeURIComponent(fileName)}`;
  return api.request<string>('GET', actionPath(actionId, suffix), { accept: '*/*', responseType: 'text' });
}

/** Builds the `ActionsApi` over an authenticated requester (normally `GenesysHttp`). */
export function createActionsApi(api: ApiRequester): ActionsApi {
  return {
    async listActions(filter) {
      return exact(await listAllPages<Action>(api, ACTIONS, { name: filter?.name }), filter);
    },
    async listDrafts(filter) {
      return exact(await listAllPages<Action>(api, `${ACTIONS}/drafts`, { name: filter?.name }), filter);
    },
    getAction: (actionId) => readFullAction(api, actionId, false),
    async getActionSummary(actionId) {
      try {
        return await api.request<Action>('GET', actionPath(actionId));
      } catch (error) {
        if (isStatus(error, 404)) return undefined;
        throw error;
      }
    },
    getDraft: (actionId) => readFullAction(api, actionId, true),
    createDraft: (input) => api.request<Action>('POST', `${ACTIONS}/drafts`, { body: input, idempotent: false }),
    createDraftFromPublished: (actionId) =>
      api.request<Action>('POST', actionPath(actionId, '/draft'), { idempotent: false }),
    patchDraft: (actionId, input) =>
      api.request<Action>('PATCH', actionPath(actionId, '/draft'), { body: input, idempotent: true }),
    async deleteDraft(actionId) {
      try {
        await api.request<void>('DELETE', actionPath(actionId, '/draft'));
      } catch (error) {
        if (!isStatus(error, 404)) throw error;
      }
    },
    validateDraft: (actionId) => api.request<DraftValidationResult>('GET', actionPath(actionId, '/draft/validation')),
    publishDraft: (actionId, version) =>
      api.request<Action>('POST', actionPath(actionId, '/draft/publish'), { body: { version }, idempotent: false }),
    testAction: (actionId, input, options) =>
      api.request<ActionTestExecutionResult>('POST', actionPath(actionId, '/test'), {
        body: input,
        query: { flatten: options?.flatten },
        idempotent: false,
      }),
    testDraft: (actionId, input, options) =>
      api.request<ActionTestExecutionResult>('POST', actionPath(actionId, '/draft/test'), {
        body: input,
        query: { flatten: options?.flatten },
        idempotent: false,
      }),
    getTemplate: (actionId, fileName, draft = false) => getTemplateText(api, actionId, fileName, draft),
  };
}
