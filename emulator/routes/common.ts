/**
 * Helpers shared by the action routes: lookups, versions, validation gates, listings.
 */
import type { Action, ErrorBody } from '../../src/genesys/types.js';
import { ApiError, badRequest, notFound } from '../errors.js';
import type { Reply } from '../http.js';
import { paginate, sortEntities } from '../paging.js';
import { renderAction, renderOptionsFrom, type PartKind } from '../render.js';
import type { RouteContext } from '../router.js';
import { configProblems, contractProblems, isObject, simpleInputSchemaProblems, type Problem } from '../rules.js';
import type { ActionPart, EmulatorSettings, StoredAction } from '../types.js';

/** Permission sets (any-of) per endpoint family (genesys-api.md §5 table). */
export const PERM = {
  view: ['integrations:action:view', 'bridge:actions:view'],
  add: ['integrations:action:add'],
  edit: ['integrations:action:edit'],
  del: ['integrations:action:delete'],
  executeDraft: ['integrations:action:execute'],
  execute: ['integrations:action:execute', 'bridge:actions:execute'],
  integrationView: ['integrations:integration:view'],
} as const;

/** The action with a `kind` part, or ApiError 404 (a draft-only id has no published part, §5.2†). */
export function findPart(ctx: RouteContext, kind: PartKind): { action: StoredAction; part: ActionPart } {
  const id = ctx.params['actionId']!;
  const action = ctx.state.actions.get(id);
  const part = kind === 'draft' ? action?.draft : action?.published;
  if (!action || !part) {
    throw notFound(kind === 'draft' ? `Draft for action ${id} not found` : `Action ${id} not found`);
  }
  return { action, part };
}

/** The body as a JSON object, or ApiError 400. */
export function objectBody(ctx: RouteContext): Record<string, unknown> {
  if (!isObject(ctx.body)) throw badRequest('The request body must be a JSON object');
  return ctx.body;
}

/**
 * The `version` of an update/publish body. Missing → 400 "version must not be null"
 * (genesys-api.md §4.4, §14.3); not an integer → 400.
 */
export function requireVersion(body: Record<string, unknown>): number {
  const v = body['version'];
  if (v === undefined || v === null) throw badRequest('version must not be null');
  if (!Number.isInteger(v)) throw badRequest('version must be an integer');
  return v as number;
}

/**
 * Throws the version-conflict error when `given` is not `current`: 409 `conflict` by default, or
 * 400 `bad.request` when configured; the message always contains "does not match the current
 * version", which is what Terraform's `IsVersionMismatch` looks for (genesys-api.md §5.4, §14.4†).
 */
export function checkVersion(settings: EmulatorSettings, given: number, current: number): void {
  if (given === current) return;
  const message = `Version ${given} does not match the current version ${current}`;
  throw settings.versionConflictStatus === 400
    ? new ApiError(400, message, { code: 'bad.request' })
    : new ApiError(409, message, { code: 'conflict' });
}

/**
 * Draft validation of one part (genesys-api.md §5.8, genesys-runtime.md §7.1): the config as an
 * executable action needs it, the contract rules, and the simple-input-schema rule.
 */
export function validatePart(part: ActionPart): Problem[] {
  return [
    ...configProblems(part.config, true),
    ...contractProblems(part.contract),
    ...simpleInputSchemaProblems(part.contract.input.inputSchema),
  ];
}

/** A problem as an ErrorBody of `DraftValidationResult.errors`. */
export function problemBody(p: Problem, contextId: string): ErrorBody {
  return { message: p.message, code: p.code, status: 400, contextId, details: [{ errorCode: 'ACTION.PROCESSING' }], errors: [] };
}

/** A 200 reply with the part rendered with contract and config (the write endpoints' answer, policy). */
export function fullReply(ctx: RouteContext, action: StoredAction, kind: PartKind): Reply {
  const opts = { expandContract: true, includeConfig: true, omitInlineTemplates: ctx.settings.omitInlineTemplates };
  return { status: 200, json: renderAction(action, kind, opts) };
}

/**
 * `GET /actions` and `GET /actions/drafts` (genesys-api.md §5.1, §5.6): actions having a `kind`
 * part, filtered by `name` (partial, case-insensitive), `category` (exact, case-insensitive,
 * policy), `integrationId`, `secure` ("true"/"false"), `ids` (comma list, max 50), sorted
 * (`sortBy`/`sortOrder`, default name ascending) and paged.
 */
export function listParts(ctx: RouteContext, kind: PartKind, basePath: string): Reply {
  const q = ctx.query;
  const name = q.get('name')?.toLowerCase();
  const category = q.get('category')?.toLowerCase();
  const integrationId = q.get('integrationId');
  const secure = q.get('secure');
  const idsParam = q.get('ids');
  const ids = idsParam ? idsParam.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
  if (ids && ids.length > 50) throw badRequest('ids must contain at most 50 values');
  if (secure !== null && secure !== '' && secure !== 'true' && secure !== 'false') {
    throw badRequest(`Invalid value for secure: ${secure}`);
  }
  const opts = renderOptionsFrom(q, ctx.settings.omitInlineTemplates);
  const entities: Action[] = [];
  for (const action of ctx.state.actions.values()) {
    const part = kind === 'draft' ? action.draft : action.published;
    if (!part) continue;
    if (name && !part.name.toLowerCase().includes(name)) continue;
    if (category && part.category.toLowerCase() !== category) continue;
    if (integrationId && action.integrationId !== integrationId) continue;
    if (secure === 'true' && !part.secure) continue;
    if (secure === 'false' && part.secure) continue;
    if (ids && !ids.includes(action.id)) continue;
    entities.push(renderAction(action, kind, opts));
  }
  return { status: 200, json: paginate(sortEntities(entities, q), q, basePath) };
}
