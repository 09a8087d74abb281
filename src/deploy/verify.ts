/**
 * Verifying a deploy: read the published action back and compare it with what was meant.
 */
import type { ActionsApi } from '../genesys/actions.js';
import { GenesysApiError, isStatus } from '../genesys/errors.js';
import { realSleep, type Sleep } from '../genesys/retry.js';
import type { Action } from '../genesys/types.js';
import { diffFields } from '../plan/diff.js';
import { normaliseAction } from '../plan/normalise.js';
import type { PlanItem } from '../plan/types.js';
import type { DeployResult, VerifyResult } from './types.js';

/** Options of `verifyItem`. */
export interface VerifyOptions {
  /**
   * Extra reads after a 404 right after publishing, for eventual consistency (the Terraform
   * provider retries reads on 404, genesys-api.md §13 "Read"). Default 3.
   */
  notFoundRetries?: number;
  /** Wait between those reads in ms (default 2000). */
  notFoundDelayMs?: number;
  sleep?: Sleep;
}

/**
 * Reads back the published action of a `created`/`updated` result (`expand=contract&
 * includeConfig=true`, URI-only templates fetched — `ActionsApi.getAction`), normalises both it
 * and the item's desired payload (`normaliseAction`) and compares them (`diffFields`):
 * no difference → `verified`; differences → `mismatch` with the dotted paths; a read error →
 * `failed`. Other deploy statuses → `skipped` (nothing was written). Category is compared only
 * when the desired payload has one. Never throws.
 */
export async function verifyItem(
  api: ActionsApi,
  item: PlanItem,
  result: DeployResult,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const base = { name: item.name, ...(item.file !== undefined ? { file: item.file } : {}), actionId: result.actionId };
  if (result.status !== 'created' && result.status !== 'updated') {
    return { ...base, status: 'skipped', message: `Nothing was deployed (${result.status}).` };
  }
  const desired = item.desired;
  const actionId = result.actionId;
  if (!desired || !actionId) {
    return { ...base, status: 'failed', message: 'No desired state or action id to verify against.' };
  }
  const sleep = options.sleep ?? realSleep;
  const retries = options.notFoundRetries ?? 3;
  let actual: Action | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      actual = await api.getAction(actionId);
      break;
    } catch (error) {
      if (isStatus(error, 404) && attempt < retries) {
        await sleep(options.notFoundDelayMs ?? 2000);
        continue;
      }
      const failure = error instanceof GenesysApiError ? { ...(error.status !== undefined ? { status: error.status } : {}), method: error.method, path: error.path, step: 'read back', conflict: false } : undefined;
      return { ...base, status: 'failed', message: `Reading the published action back failed: ${error instanceof Error ? error.message : String(error)}`, ...(failure ? { failure } : {}) };
    }
  }
  const ignoreCategory = !desired.category;
  const differences = diffFields(normaliseAction(desired, { ignoreCategory }), normaliseAction(actual, { ignoreCategory }));
  if (differences.length === 0) return { ...base, status: 'verified' };
  return {
    ...base,
    status: 'mismatch',
    differences,
    message: `The published action differs from the definition in: ${differences.join(', ')}.`,
  };
}
