/**
 * Draft endpoints of `/api/v2/integrations/actions/{id}/draft…` (genesys-api.md §5 rows 8–13,
 * §5.6–§5.8; lifecycle §7).
 */
import { ApiError, badRequest } from '../errors.js';
import { applyUpdate, throwFirst } from '../inputs.js';
import { canonicalJson } from '../normalise.js';
import { ACTIONS_PATH, renderAction, renderOptionsFrom } from '../render.js';
import type { Route, RouteContext } from '../router.js';
import type { Reply } from '../http.js';
import { checkVersion, findPart, fullReply, objectBody, PERM, problemBody, requireVersion, validatePart } from './common.js';

/** Message when a draft would change the contract of a published action (HELP add-contracts, §7). */
export const CONTRACT_LOCKED_MESSAGE = 'You cannot change the contracts after you publish the action.';

/**
 * POST `/{id}/draft` (§5.6): a draft copied from the published action, draft version 1 (†).
 * 409 when a draft already exists (§5.6†); 404 when the id is unknown.
 */
function createDraft(ctx: RouteContext): Reply {
  const action = ctx.state.actions.get(ctx.params['actionId']!);
  if (action?.draft) throw new ApiError(409, `A draft already exists for action ${action.id}`, { code: 'conflict' });
  const { part } = findPart(ctx, 'published');
  action!.draft = { ...structuredClone(part), version: 1 };
  return fullReply(ctx, action!, 'draft');
}

/** GET `/{id}/draft` (§5.6): same query options as GET of the action. */
function getDraft(ctx: RouteContext): Reply {
  const { action } = findPart(ctx, 'draft');
  return { status: 200, json: renderAction(action, 'draft', renderOptionsFrom(ctx.query, ctx.settings.omitInlineTemplates)) };
}

/**
 * PATCH `/{id}/draft` (§5.6): `UpdateDraftInput` with the current draft version; increments it.
 * With `allowContractChangeOnPublished` off, a contract different (key order aside) from the
 * published one is refused with 400 (§7, UNCONFIRMED where Genesys enforces it).
 */
function patchDraft(ctx: RouteContext): Reply {
  const { action, part } = findPart(ctx, 'draft');
  const body = objectBody(ctx);
  checkVersion(ctx.settings, requireVersion(body), part.version);
  const next = applyUpdate(part, body, true);
  if (
    !ctx.settings.allowContractChangeOnPublished &&
    action.published &&
    canonicalJson(next.contract) !== canonicalJson(action.published.contract)
  ) {
    throw badRequest(CONTRACT_LOCKED_MESSAGE);
  }
  next.version = part.version + 1;
  action.draft = next;
  return fullReply(ctx, action, 'draft');
}

/** DELETE `/{id}/draft` (§5.6): discards the draft; a draft-only action disappears entirely. 204. */
function deleteDraft(ctx: RouteContext): Reply {
  const { action } = findPart(ctx, 'draft');
  delete action.draft;
  if (!action.published) ctx.state.actions.delete(action.id);
  return { status: 204 };
}

/**
 * POST `/{id}/draft/publish` (§5.7): body `{version}` = current draft version. The action's
 * version becomes previous published version + 1, or 1 on a first publish (†); the draft is
 * removed (†). Refused with 400 when draft validation fails and `validateOnPublish` is on.
 */
function publish(ctx: RouteContext): Reply {
  const { action, part } = findPart(ctx, 'draft');
  checkVersion(ctx.settings, requireVersion(objectBody(ctx)), part.version);
  if (ctx.settings.validateOnPublish) throwFirst(validatePart(part));
  action.published = { ...structuredClone(part), version: (action.published?.version ?? 0) + 1 };
  delete action.draft;
  return fullReply(ctx, action, 'published');
}

/** GET `/{id}/draft/validation` (§5.8): `{valid, errors: ErrorBody[]}`. */
function validation(ctx: RouteContext): Reply {
  const { part } = findPart(ctx, 'draft');
  const problems = validatePart(part);
  return { status: 200, json: { valid: problems.length === 0, errors: problems.map((p) => problemBody(p, ctx.correlationId)) } };
}

const DRAFT = `${ACTIONS_PATH}/:actionId/draft`;

/** Routes of drafts. */
export const draftRoutes: Route[] = [
  { method: 'POST', pattern: DRAFT, permissions: [...PERM.edit], handler: createDraft },
  { method: 'GET', pattern: DRAFT, permissions: [...PERM.view], handler: getDraft },
  { method: 'PATCH', pattern: DRAFT, permissions: [...PERM.edit], handler: patchDraft },
  { method: 'DELETE', pattern: DRAFT, permissions: [...PERM.del], handler: deleteDraft },
  { method: 'POST', pattern: `${DRAFT}/publish`, permissions: [...PERM.edit], handler: publish },
  { method: 'GET', pattern: `${DRAFT}/validation`, permissions: [...PERM.edit], handler: validation },
];
