/**
 * Published-action endpoints of `/api/v2/integrations/actions` (genesys-api.md §5 rows 1–7, 21;
 * §5.1–§5.6, §5.12; lifecycle §7).
 */
import { randomUUID } from 'node:crypto';
import { applyUpdate, parsePostActionInput, throwFirst } from '../inputs.js';
import { paginate, sortEntities } from '../paging.js';
import { ACTIONS_PATH, renderAction, renderOptionsFrom } from '../render.js';
import type { Route, RouteContext } from '../router.js';
import type { Reply } from '../http.js';
import { checkVersion, findPart, fullReply, listParts, objectBody, PERM, requireVersion, validatePart } from './common.js';

/**
 * POST `/actions` (published, version 1) or POST `/actions/drafts` (draft-only, draft version 1)
 * — initial versions are policy (§5.3, §7†). Duplicate names are allowed (§5.3). Publishing
 * directly is refused with 400 when draft validation fails and `validateOnPublish` is on.
 */
function create(ctx: RouteContext, kind: 'published' | 'draft'): Reply {
  const { integrationId, part } = parsePostActionInput(objectBody(ctx), ctx.state);
  part.version = 1;
  if (kind === 'published' && ctx.settings.validateOnPublish) throwFirst(validatePart(part));
  const action = { id: randomUUID(), integrationId, [kind]: part };
  ctx.state.actions.set(action.id, action);
  return fullReply(ctx, action, kind);
}

/**
 * GET `/actions/categories` (§5.12): distinct categories of published actions (policy), filtered
 * by `secure`, sorted by name (`sortOrder`), paged.
 */
function categories(ctx: RouteContext): Reply {
  const secure = ctx.query.get('secure');
  const names = new Set<string>();
  for (const a of ctx.state.actions.values()) {
    const p = a.published;
    if (!p) continue;
    if ((secure === 'true' && !p.secure) || (secure === 'false' && p.secure)) continue;
    names.add(p.category);
  }
  const q = new URLSearchParams(ctx.query);
  q.set('sortBy', 'name');
  const entities = sortEntities([...names].map((name) => ({ name })), q);
  return { status: 200, json: paginate(entities, ctx.query, `${ACTIONS_PATH}/categories`) };
}

/**
 * PATCH `/actions/{id}` (§5.4): `UpdateActionInput` with the current published `version`;
 * increments the version. Stale version → conflict; missing → 400.
 */
function patchPublished(ctx: RouteContext): Reply {
  const { action, part } = findPart(ctx, 'published');
  const body = objectBody(ctx);
  checkVersion(ctx.settings, requireVersion(body), part.version);
  const next = applyUpdate(part, body, false);
  if (ctx.settings.validateOnPublish) throwFirst(validatePart(next));
  next.version = part.version + 1;
  action.published = next;
  return fullReply(ctx, action, 'published');
}

/** DELETE `/actions/{id}` (§5.5): removes the action with any draft; 204. 404 when not published. */
function deletePublished(ctx: RouteContext): Reply {
  const { action } = findPart(ctx, 'published');
  ctx.state.actions.delete(action.id);
  return { status: 204 };
}

/** GET `/actions/{id}` (§5.2): `expand=contract`, `includeConfig=true`. */
function getPublished(ctx: RouteContext): Reply {
  const { action } = findPart(ctx, 'published');
  return { status: 200, json: renderAction(action, 'published', renderOptionsFrom(ctx.query, ctx.settings.omitInlineTemplates)) };
}

/** Routes of the published actions; literal paths precede `:actionId`. */
export const actionRoutes: Route[] = [
  { method: 'GET', pattern: ACTIONS_PATH, permissions: [...PERM.view], handler: (ctx) => listParts(ctx, 'published', ACTIONS_PATH) },
  { method: 'POST', pattern: ACTIONS_PATH, permissions: [...PERM.add], handler: (ctx) => create(ctx, 'published') },
  { method: 'GET', pattern: `${ACTIONS_PATH}/categories`, permissions: [...PERM.view], handler: categories },
  {
    method: 'GET',
    pattern: `${ACTIONS_PATH}/drafts`,
    permissions: [...PERM.view],
    handler: (ctx) => listParts(ctx, 'draft', `${ACTIONS_PATH}/drafts`),
  },
  { method: 'POST', pattern: `${ACTIONS_PATH}/drafts`, permissions: [...PERM.add], handler: (ctx) => create(ctx, 'draft') },
  { method: 'GET', pattern: `${ACTIONS_PATH}/:actionId`, permissions: [...PERM.view], handler: getPublished },
  { method: 'PATCH', pattern: `${ACTIONS_PATH}/:actionId`, permissions: [...PERM.edit], handler: patchPublished },
  { method: 'DELETE', pattern: `${ACTIONS_PATH}/:actionId`, permissions: [...PERM.del], handler: deletePublished },
];
