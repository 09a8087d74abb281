/**
 * Draft steps shared by create and update: write the draft, validate it, publish it, each with
 * the optimistic-concurrency rules of genesys-api.md §5.4–§5.8 and §7.
 */
import type { ActionsApi } from '../genesys/actions.js';
import { isVersionConflict, parseErrorBody } from '../genesys/errors.js';
import type { Action, PostActionInput, UpdateDraftInput } from '../genesys/types.js';

/** A deploy step failed; `step` names it for the message (e.g. `validate draft`). */
export class StepFailure extends Error {
  readonly step: string;
  constructor(step: string, message: string, cause?: unknown) {
    super(`${step}: ${message}`, { cause });
    this.name = 'StepFailure';
    this.step = step;
  }
}

/** Runs `fn`; any error becomes a `StepFailure` named `step` (a StepFailure passes through). */
export async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof StepFailure) throw error;
    throw new StepFailure(name, error instanceof Error ? error.message : String(error), error);
  }
}

/**
 * The `UpdateDraftInput` for the full desired state: name, category, config, contract, secure and
 * the current draft `version` — never `integrationId`, which the model lacks (§4.4).
 */
export function draftInput(payload: PostActionInput, version: number): UpdateDraftInput {
  return {
    name: payload.name,
    category: payload.category,
    config: payload.config,
    contract: payload.contract,
    secure: payload.secure ?? false,
    version,
  };
}

/**
 * `PATCH /{id}/draft` with the full desired state and `version`. On a version conflict the
 * draft is re-read once and the PATCH repeated with the version read (never a computed one).
 * Returns the draft as the PATCH answered it (its `version` is the one to publish).
 *
 * @throws StepFailure `write draft`.
 */
export function writeDraft(api: ActionsApi, actionId: string, payload: PostActionInput, version: number): Promise<Action> {
  return step('write draft', async () => {
    try {
      return await api.patchDraft(actionId, draftInput(payload, version));
    } catch (error) {
      if (!isVersionConflict(error)) throw error;
      const current = await api.getDraft(actionId);
      return api.patchDraft(actionId, draftInput(payload, current.version));
    }
  });
}

/**
 * `GET /{id}/draft/validation`; `valid: false` fails with the validation messages (§5.8).
 *
 * @throws StepFailure `validate draft`.
 */
export function validateDraft(api: ActionsApi, actionId: string): Promise<void> {
  return step('validate draft', async () => {
    const result = await api.validateDraft(actionId);
    if (result?.valid === true) return;
    const messages = (result?.errors ?? [])
      .flatMap((e) => {
        const parsed = parseErrorBody(e);
        return [parsed.message, ...parsed.nested];
      })
      .filter((m): m is string => !!m);
    throw new StepFailure(
      'validate draft',
      messages.length ? `Genesys rejected the draft: ${[...new Set(messages)].join('; ')}` : 'Genesys rejected the draft (no message given)',
    );
  });
}

/**
 * `POST /{id}/draft/publish {version}` with the version of the last draft write. On a version
 * conflict (someone changed the draft meanwhile) the draft is re-read, the desired state written
 * again and the publish repeated once, so only our content is ever published.
 *
 * @throws StepFailure `publish`.
 */
export function publishDraft(api: ActionsApi, actionId: string, payload: PostActionInput, version: number): Promise<Action> {
  return step('publish', async () => {
    try {
      return await api.publishDraft(actionId, version);
    } catch (error) {
      if (!isVersionConflict(error)) throw error;
      const current = await api.getDraft(actionId);
      const rewritten = await api.patchDraft(actionId, draftInput(payload, current.version));
      return api.publishDraft(actionId, rewritten.version);
    }
  });
}
