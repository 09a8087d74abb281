/**
 * A fingerprint of a plan, for the `plan-hash` output and for checking before a deploy that the
 * org has not changed since the plan was made (github-action-conventions.md §6.2, §6.5).
 */
import { createHash } from 'node:crypto';
import { canonicalJson, normaliseAction } from './normalise.js';
import type { PlanItem } from './types.js';

/**
 * SHA-256 (lower-case hex, 64 characters) of the canonical JSON of every item's change, name,
 * integration, remote action id and remote version (the remote state: Genesys bumps `version`
 * on every write, §7) and normalised desired state. Items are sorted first, so input order
 * and definition file paths do not matter. Pure.
 */
export function planHash(items: readonly PlanItem[]): string {
  const entries = items
    .map((item) => ({
      change: item.change,
      name: item.name,
      integrationId: item.integrationId,
      actionId: item.actionId,
      remoteVersion: item.remoteVersion,
      desired: item.desired ? normaliseAction(item.desired) : undefined,
    }))
    .map((entry) => ({ sortKey: canonicalJson([entry.integrationId, entry.name, entry.actionId ?? '', entry.change]), json: canonicalJson(entry) }))
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.json < b.json ? -1 : a.json > b.json ? 1 : 0))
    .map((entry) => entry.json);
  return createHash('sha256').update(`[${entries.join(',')}]`, 'utf8').digest('hex');
}
