/**
 * The plan: desired definitions against the org's published actions → create / update /
 * unchanged / orphan items (DESIGN.md "Pipeline"; github-action-conventions.md §6.4).
 */
import type { Action, PostActionInput } from '../genesys/types.js';
import { diffFields } from './diff.js';
import { normaliseAction } from './normalise.js';
import type { PlanItem } from './types.js';

/**
 * One definition ready to deploy: its deployable name, file, resolved target integration and
 * the full `PostActionInput` to write.
 *
 * Category: Genesys requires one, so the caller always fills `payload.category` — from the
 * definition, else a default (the `category` input or the integration name). When it is a
 * default, set `categoryIsDefault: true`: the plan then does not compare category and an update
 * keeps the remote action's category (the item's `desired.category` is replaced by the remote
 * value). An empty `payload.category` is treated the same way.
 */
export interface DesiredAction {
  name: string;
  /** Repository-relative definition file. */
  file: string;
  integrationId: string;
  integrationName: string;
  payload: PostActionInput;
  /** True when `payload.category` is a caller-filled default, not from the definition. */
  categoryIsDefault?: boolean;
}

/**
 * A published action as read from the org. Actions that match a definition must carry
 * `contract` and `config` (read with `expand=contract&includeConfig=true`, templates fetched —
 * `readRemoteState` does this); others need only id, name, integrationId and version.
 */
export type RemoteAction = Action;

/** Why a definition cannot be planned; the caller reports it against `file`. */
export interface PlanProblem {
  /**
   * - `duplicate-remote`: several published actions in the integration carry the name
   *   (Genesys allows duplicate names, genesys-api.md §5.3, §13), so which to update is unknown.
   * - `duplicate-definition`: several definition files deploy the same name to one integration.
   */
  kind: 'duplicate-remote' | 'duplicate-definition';
  name: string;
  file: string;
  integrationId: string;
  integrationName: string;
  /** The remote actions involved (`duplicate-remote`). */
  actionIds: string[];
  /** The other files involved (`duplicate-definition`). */
  otherFiles: string[];
  message: string;
}

/** The plan and the definitions that could not be planned (absent from `items`). */
export interface PlanResult {
  /** Definition items in input order, then orphans sorted by integration and name. */
  items: PlanItem[];
  problems: PlanProblem[];
}

/** Options of `planActions`. */
export interface PlanOptions {
  /**
   * Integrations whose unclaimed actions are reported as orphans, besides those the desired
   * actions target (e.g. integrations named in config that no longer have definitions).
   */
  managedIntegrations?: Array<{ id: string; name: string }>;
}

/** Match key: exact name within one integration (genesys-api.md §5.1, §13 data source). */
function key(integrationId: string, name: string): string {
  return `${integrationId}\u0000${name}`;
}

/**
 * True for actions no deploy should touch: built-in `static…` actions and the custom-auth
 * action `customAuth_-_<integrationId>` (genesys-api.md §3.1, §5.5).
 */
export function isSystemAction(actionId: string): boolean {
  return actionId.startsWith('static') || actionId.startsWith('customAuth_');
}

/**
 * Computes the plan. Matching is by exact name and integrationId. For a match, both sides are
 * normalised (`normaliseAction`) and compared (`diffFields`); any difference makes an `update`
 * whose `changedFields` are the dotted paths and `contractChanged` tells whether a path is under
 * `contract`. No match → `create`. Remote actions in a managed integration (one targeted by a
 * desired action, or listed in `options.managedIntegrations`) that no definition names →
 * `orphan` (never deleted). System actions are never orphans. Definitions with a
 * `PlanProblem` get no item. Pure.
 */
export function planActions(
  desired: readonly DesiredAction[],
  remote: readonly RemoteAction[],
  options: PlanOptions = {},
): PlanResult {
  const remoteByKey = new Map<string, RemoteAction[]>();
  for (const action of remote) {
    const k = key(action.integrationId, action.name);
    remoteByKey.set(k, [...(remoteByKey.get(k) ?? []), action]);
  }
  const filesByKey = new Map<string, string[]>();
  for (const d of desired) {
    const k = key(d.integrationId, d.name);
    filesByKey.set(k, [...(filesByKey.get(k) ?? []), d.file]);
  }

  const items: PlanItem[] = [];
  const problems: PlanProblem[] = [];
  const base = (d: DesiredAction) => ({
    name: d.name,
    file: d.file,
    integrationId: d.integrationId,
    integrationName: d.integrationName,
  });

  for (const d of desired) {
    const k = key(d.integrationId, d.name);
    const files = filesByKey.get(k) ?? [];
    if (files.length > 1) {
      const otherFiles = files.filter((f) => f !== d.file);
      problems.push({
        ...base(d),
        kind: 'duplicate-definition',
        actionIds: [],
        otherFiles,
        message: `Data action "${d.name}" is also defined by ${otherFiles.join(', ')} for integration "${d.integrationName}"; each name may be deployed from one file only.`,
      });
      continue;
    }
    const matches = remoteByKey.get(k) ?? [];
    if (matches.length > 1) {
      const ids = matches.map((m) => m.id);
      problems.push({
        ...base(d),
        kind: 'duplicate-remote',
        actionIds: ids,
        otherFiles: [],
        message: `${matches.length} published data actions named "${d.name}" exist in integration "${d.integrationName}" (ids ${ids.join(', ')}); Genesys allows duplicate names, so the one to update is unknown. Rename or delete the extra actions in Genesys Cloud.`,
      });
      continue;
    }
    const ignoreCategory = d.categoryIsDefault === true || !d.payload.category;
    if (matches.length === 0) {
      items.push({ ...base(d), change: 'create', changedFields: [], contractChanged: false, desired: d.payload });
      continue;
    }
    const actual = matches[0]!;
    const changedFields = diffFields(
      normaliseAction(d.payload, { ignoreCategory }),
      normaliseAction(actual, { ignoreCategory }),
    );
    const payload: PostActionInput = ignoreCategory ? { ...d.payload, category: actual.category } : d.payload;
    items.push({
      ...base(d),
      change: changedFields.length ? 'update' : 'unchanged',
      actionId: actual.id,
      remoteVersion: actual.version,
      changedFields,
      contractChanged: changedFields.some((p) => p.startsWith('contract.')),
      desired: payload,
    });
  }

  const claimed = new Set(desired.map((d) => key(d.integrationId, d.name)));
  const managedNames = new Map<string, string>();
  for (const d of desired) managedNames.set(d.integrationId, d.integrationName);
  for (const m of options.managedIntegrations ?? []) if (!managedNames.has(m.id)) managedNames.set(m.id, m.name);
  const orphans = remote
    .filter((a) => managedNames.has(a.integrationId) && !claimed.has(key(a.integrationId, a.name)) && !isSystemAction(a.id))
    .map<PlanItem>((a) => ({
      change: 'orphan',
      name: a.name,
      integrationId: a.integrationId,
      integrationName: managedNames.get(a.integrationId) ?? a.integrationId,
      actionId: a.id,
      remoteVersion: a.version,
      changedFields: [],
      contractChanged: false,
    }))
    .sort((x, y) => x.integrationName.localeCompare(y.integrationName) || x.name.localeCompare(y.name) || (x.actionId ?? '').localeCompare(y.actionId ?? ''));
  return { items: [...items, ...orphans], problems };
}
