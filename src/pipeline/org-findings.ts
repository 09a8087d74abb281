/**
 * Findings for what the org refused while planning or deploying: `org-permission` for a 403
 * (the OAuth client lacks a permission) and `org-conflict` for a version or name conflict
 * (genesys-api.md §3.3, §5.4, §12).
 */
import type { SourceMap } from '../definitions/types.js';
import type { CallFailure } from '../deploy/types.js';
import { GenesysApiError, GenesysAuthError } from '../genesys/errors.js';
import { permissionHint } from '../genesys/permissions.js';
import type { Finding } from '../validate/finding.js';
import { findingAt } from '../validate/locate.js';

const CONFLICT_HINT =
  'Someone changed this action (or its draft, or created one of the same name) in Genesys Cloud while this run deployed it. Run plan again, review the change, then deploy; the published action was left as it was.';

/**
 * The finding for a failed deploy step or read-back of the definition in `file`, located at its
 * `name`: `org-permission` for a 403, `org-conflict` for a conflict; undefined for other failures
 * (their message is in the deploy or verify result). `stage` words the message.
 */
export function orgFailureFinding(file: string, map: SourceMap | undefined, failure: CallFailure | undefined, message: string, stage: 'deploy' | 'verify'): Finding | undefined {
  if (!failure) return undefined;
  const what = stage === 'deploy' ? 'Deploying this data action' : 'Reading this data action back after publishing';
  if (failure.status === 403) {
    return findingAt('org-permission', file, map, { pointer: '/name' }, `${what} was refused for lack of a permission: ${message}`, { hint: permissionHint(failure.method, failure.path, true) });
  }
  if (failure.conflict) {
    return findingAt('org-conflict', file, map, { pointer: '/name' }, `${what} met a conflict: ${message}`, { hint: CONFLICT_HINT });
  }
  return undefined;
}

/**
 * `org-permission` findings for a plan that the org refused with 403 (listing integrations or
 * actions): one at the `name` of each definition that was to be planned, since none of them
 * could be. Undefined when `error` is not a 403.
 */
export function planPermissionFindings(error: unknown, definitions: ReadonlyArray<{ file: string; map?: SourceMap }>, deploy: boolean): Finding[] | undefined {
  if (!(error instanceof GenesysApiError) || error instanceof GenesysAuthError || error.status !== 403) return undefined;
  const hint = permissionHint(error.method, error.path, deploy);
  return definitions.map((d) => findingAt('org-permission', d.file, d.map, { pointer: '/name' }, `This data action could not be planned: the org refused to let this run read it (${error.message}).`, { hint }));
}
