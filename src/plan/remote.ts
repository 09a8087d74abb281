/**
 * Reading the remote side of the plan from the org.
 */
import type { ActionsApi } from '../genesys/actions.js';
import type { Action } from '../genesys/types.js';
import { isSystemAction, type DesiredAction, type RemoteAction } from './plan.js';

/** Options of `readRemoteState`. */
export interface ReadRemoteOptions {
  /** More integration ids to include (for orphan reporting), besides the desired ones. */
  integrationIds?: string[];
  /** Parallel detail reads (default 4; each is one GET plus template GETs when URI-only). */
  concurrency?: number;
}

/**
 * Lists the org's published actions (all pages), keeps those in the desired actions'
 * integrations (plus `options.integrationIds`), and re-reads in full — contract, config and
 * template text (`ActionsApi.getAction`) — each one whose exact name and integration a desired
 * action names. System actions (`static…`, `customAuth_…`) are left out. Result order is the
 * listing order.
 *
 * @throws GenesysApiError from any read.
 */
export async function readRemoteState(
  api: ActionsApi,
  desired: readonly DesiredAction[],
  options: ReadRemoteOptions = {},
): Promise<RemoteAction[]> {
  const integrationIds = new Set([...desired.map((d) => d.integrationId), ...(options.integrationIds ?? [])]);
  const wanted = new Set(desired.map((d) => `${d.integrationId}\u0000${d.name}`));
  const listed = (await api.listActions()).filter((a) => integrationIds.has(a.integrationId) && !isSystemAction(a.id));
  const result: Action[] = [...listed];
  const toRead = listed
    .map((action, index) => ({ action, index }))
    .filter(({ action }) => wanted.has(`${action.integrationId}\u0000${action.name}`));
  let next = 0;
  const worker = async () => {
    while (next < toRead.length) {
      const { action, index } = toRead[next++]!;
      result[index] = await api.getAction(action.id);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, toRead.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return result;
}
