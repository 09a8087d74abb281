/**
 * POST `/{id}/test`, `/{id}/draft/test` and `/{id}/execute` (genesys-api.md §5 rows 14–16,
 * §5.9–§5.11, §6, §14.10), run through the dry-run engine with the fake remotes.
 */
import { ApiError } from '../errors.js';
import type { Reply } from '../http.js';
import type { PartKind } from '../render.js';
import { ACTIONS_PATH } from '../render.js';
import type { Route, RouteContext } from '../router.js';
import { isConnectionFailure, runAction } from '../run-action.js';
import type { TestExecutionResult } from '../../src/dryrun/types.js';
import { findPart, PERM } from './common.js';

/** Runs the part with the request body as input (`{}` when there is no body). */
async function run(ctx: RouteContext, kind: PartKind): Promise<TestExecutionResult> {
  const { action } = findPart(ctx, kind);
  let dryRun;
  try {
    dryRun = await ctx.dryRun();
  } catch {
    throw new ApiError(501, 'The dry-run engine is not available in this emulator build', { code: 'not.implemented' });
  }
  const input = ctx.body === undefined ? {} : ctx.body;
  return runAction(action, kind, input, { state: ctx.state, remotes: ctx.remotes, dryRun, correlationId: ctx.correlationId });
}

/** Test: HTTP 200 with the trace, `success:false` on failure (§5.9†). The `flatten` query is ignored. */
async function test(ctx: RouteContext, kind: PartKind): Promise<Reply> {
  return { status: 200, json: await run(ctx, kind) };
}

/**
 * Execute (§5.11): 200 with `finalResult`; on failure an ErrorBody whose `details[].errorCode` is
 * the failed step's code and whose `errors[]` holds the library message. Status 400, except a
 * connection failure, which is 500 `internal.server.error` as Genesys reports a connection reset
 * (genesys-runtime.md §4 [DOC: S-500]); the remote-status mapping is UNCONFIRMED (§5.11).
 */
async function execute(ctx: RouteContext): Promise<Reply> {
  const result = await run(ctx, 'published');
  if (result.success) return { status: 200, json: result.finalResult ?? null };
  const err = result.error ?? { message: 'The action failed', code: 'ACTION.PROCESSING', step: 0 };
  const status = isConnectionFailure(result) ? 500 : 400;
  throw new ApiError(status, err.message, {
    detailCodes: [err.code],
    nested: err.libraryMessage ? [{ message: err.libraryMessage }] : [],
  });
}

/** Routes of test and execute. */
export const testExecuteRoutes: Route[] = [
  { method: 'POST', pattern: `${ACTIONS_PATH}/:actionId/test`, permissions: [...PERM.execute], handler: (ctx) => test(ctx, 'published') },
  {
    method: 'POST',
    pattern: `${ACTIONS_PATH}/:actionId/draft/test`,
    permissions: [...PERM.executeDraft],
    handler: (ctx) => test(ctx, 'draft'),
  },
  { method: 'POST', pattern: `${ACTIONS_PATH}/:actionId/execute`, permissions: [...PERM.execute], handler: execute },
];
