/**
 * Deploying one plan item through the draft → validate → publish lifecycle (genesys-api.md §5.6–
 * §5.8, §7; github-action-conventions.md §5.1, §6.4, §6.5).
 */
import type { ActionsApi } from '../genesys/actions.js';
import { GenesysApiError, isStatus, isVersionConflict } from '../genesys/errors.js';
import type { Action } from '../genesys/types.js';
import type { PlanItem } from '../plan/types.js';
import { publishDraft, step, StepFailure, validateDraft, writeDraft } from './lifecycle.js';
import type { CallFailure, DeployResult } from './types.js';

/** Options of `deployItem`. */
export interface DeployOptions {
  /**
   * Before an update, re-read the published action and fail with "the action changed since the
   * plan" when its version differs from `item.remoteVersion` (github-action-conventions.md §6.5).
   * Off by default; costs one GET.
   */
  guardPlannedVersion?: boolean;
  /** Progress log (no secrets are ever passed). */
  log?: (message: string) => void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The published action is no longer the one the plan was computed against. */
export class ChangedSincePlan extends Error {
  override name = 'ChangedSincePlan';
}

/**
 * What failed, for the `failure` of a result: the Genesys call behind a step failure (status,
 * method, path; conflict per `isVersionConflict`, genesys-api.md §5.4), or a conflict for an
 * action that changed since the plan. Undefined for failures without either.
 */
export function callFailure(error: unknown): CallFailure | undefined {
  const step = error instanceof StepFailure ? error.step : undefined;
  const cause = error instanceof StepFailure ? error.cause : error;
  const at = step !== undefined ? { step } : {};
  if (cause instanceof ChangedSincePlan) return { ...at, conflict: true };
  if (!(cause instanceof GenesysApiError)) return undefined;
  return { ...at, ...(cause.status !== undefined ? { status: cause.status } : {}), method: cause.method, path: cause.path, conflict: isVersionConflict(cause) };
}

/** `failure` of a failed result, when there is one to report. */
function withFailure(error: unknown): { failure?: CallFailure } {
  const failure = callFailure(error);
  return failure ? { failure } : {};
}

/** True when a failed request may still have taken effect (5xx or no response). */
function outcomeUnknown(error: unknown): boolean {
  const cause = error instanceof StepFailure ? error.cause : error;
  return cause instanceof GenesysApiError && (cause.status === undefined || cause.status >= 500);
}

/**
 * Deletes the draft we created or overwrote, so nothing half-deployed remains; returns the text
 * to append to the failure message. Never throws.
 */
async function cleanUp(api: ActionsApi, actionId: string, published: boolean): Promise<string> {
  try {
    await api.deleteDraft(actionId);
    return published ? ' The draft was deleted; the published action is unchanged.' : ' The draft was deleted.';
  } catch (error) {
    return ` Deleting the draft ${actionId} failed too (${message(error)}); delete it in Genesys Cloud.`;
  }
}

/**
 * Applies one plan item to the org and says what happened. Never throws: failures come back as
 * `status: 'failed'` with a readable `message`.
 *
 * - `create`: looks for a draft-only action of the same name and integration left by an
 *   interrupted run (`GET /actions/drafts`, then `GET /actions/{id}` → 404) and reuses it
 *   (`PATCH` draft) instead of making a duplicate; otherwise `POST /actions/drafts` (not retried,
 *   §11). Then validate (invalid → draft deleted, messages returned) and publish with the draft's
 *   version. Any failure after the draft exists deletes it.
 * - `update`: `POST /{id}/draft`; a 409 means a draft already exists — it is read and
 *   overwritten, with the warning "an existing draft (version N) was replaced". Then `PATCH` the
 *   draft with the full desired state and the draft's version, validate, publish with the version
 *   the PATCH returned. Version conflicts are re-read and retried once. Any failure after the
 *   draft exists deletes it; the published action stays untouched.
 * - `unchanged`: no call; `orphan`: no call, `skipped`.
 * `version` in the result is the published version as the publish response reported it.
 */
export async function deployItem(api: ActionsApi, item: PlanItem, options: DeployOptions = {}): Promise<DeployResult> {
  const base = { name: item.name, ...(item.file !== undefined ? { file: item.file } : {}) };
  switch (item.change) {
    case 'unchanged':
      return { ...base, status: 'unchanged', actionId: item.actionId, version: item.remoteVersion };
    case 'orphan':
      return {
        ...base,
        status: 'skipped',
        actionId: item.actionId,
        message: 'No definition names this data action; it was left untouched.',
      };
    case 'create':
      return deployCreate(api, item, base, options);
    case 'update':
      return deployUpdate(api, item, base, options);
  }
}

type Base = { name: string; file?: string };

async function deployCreate(api: ActionsApi, item: PlanItem, base: Base, options: DeployOptions): Promise<DeployResult> {
  const payload = item.desired;
  if (!payload) return { ...base, status: 'failed', message: 'The plan item carries no desired state.' };
  const warnings: string[] = [];
  let draft: Action;
  try {
    const leftover = await step('look for leftover drafts', async () => {
      const drafts = await api.listDrafts({ name: payload.name, integrationId: payload.integrationId });
      const draftOnly: Action[] = [];
      for (const d of drafts) if ((await api.getActionSummary(d.id)) === undefined) draftOnly.push(d);
      return draftOnly;
    });
    if (leftover.length > 0) {
      const reused = leftover[0]!;
      warnings.push(`reused the unpublished draft ${reused.id} (version ${reused.version}) left by an earlier run`);
      if (leftover.length > 1) {
        warnings.push(`${leftover.length - 1} more unpublished drafts with this name exist: ${leftover.slice(1).map((d) => d.id).join(', ')}`);
      }
      options.log?.(`${item.name}: reusing unpublished draft ${reused.id}.`);
      draft = { ...reused };
    } else {
      draft = await step('create draft', () => api.createDraft(payload));
    }
  } catch (error) {
    const note = outcomeUnknown(error)
      ? ' The request may still have created a draft; the next run finds and reuses it.'
      : '';
    return { ...base, status: 'failed', message: `${message(error)}${note}`, ...(warnings.length ? { warnings } : {}), ...withFailure(error) };
  }

  const reusing = warnings.length > 0;
  try {
    let version = draft.version;
    if (reusing) version = (await writeDraft(api, draft.id, payload, draft.version)).version;
    await validateDraft(api, draft.id);
    const published = await publishDraft(api, draft.id, payload, version);
    return {
      ...base,
      status: 'created',
      actionId: published.id ?? draft.id,
      version: published.version,
      ...(warnings.length ? { warnings } : {}),
    };
  } catch (error) {
    // No actionId: the draft-only action was deleted (or the message names it when that failed).
    const cleanup = await cleanUp(api, draft.id, false);
    return { ...base, status: 'failed', message: `${message(error)}${cleanup}`, ...(warnings.length ? { warnings } : {}), ...withFailure(error) };
  }
}

async function deployUpdate(api: ActionsApi, item: PlanItem, base: Base, options: DeployOptions): Promise<DeployResult> {
  const payload = item.desired;
  const actionId = item.actionId;
  if (!payload || !actionId) return { ...base, status: 'failed', message: 'The plan item carries no desired state or action id.' };
  const warnings: string[] = [];
  const withWarnings = () => (warnings.length ? { warnings } : {});

  let draft: Action;
  try {
    if (options.guardPlannedVersion && item.remoteVersion !== undefined) {
      await step('check remote version', async () => {
        const current = await api.getActionSummary(actionId);
        if (!current) throw new Error('the action no longer exists');
        if (current.version !== item.remoteVersion) {
          throw new ChangedSincePlan(`the action changed since the plan (version ${current.version}, planned against ${item.remoteVersion}); plan again`);
        }
      });
    }
    draft = await step('create draft', async () => {
      try {
        return await api.createDraftFromPublished(actionId);
      } catch (error) {
        if (!isStatus(error, 409)) throw error;
        const existing = await api.getDraft(actionId);
        warnings.push(`an existing draft (version ${existing.version}) was replaced`);
        options.log?.(`${item.name}: an existing draft (version ${existing.version}) is being replaced.`);
        return existing;
      }
    });
  } catch (error) {
    return { ...base, status: 'failed', actionId, message: message(error), ...withWarnings(), ...withFailure(error) };
  }

  try {
    const written = await writeDraft(api, actionId, payload, draft.version);
    await validateDraft(api, actionId);
    const published = await publishDraft(api, actionId, payload, written.version);
    return { ...base, status: 'updated', actionId, version: published.version, ...withWarnings() };
  } catch (error) {
    const cleanup = await cleanUp(api, actionId, true);
    return { ...base, status: 'failed', actionId, message: `${message(error)}${cleanup}`, ...withWarnings(), ...withFailure(error) };
  }
}
