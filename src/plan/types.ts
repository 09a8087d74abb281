/**
 * The plan: what deploying the repository would change in the org, one item per definition
 * (plus remote actions the repository does not define).
 */
import type { PostActionInput } from '../genesys/types.js';

/**
 * - `create`: no published action of this name in the target integration.
 * - `update`: an action exists and differs (see `changedFields`).
 * - `unchanged`: an action exists and matches after normalisation.
 * - `orphan`: an action exists in a managed integration but no definition names it (never deleted).
 */
export type PlanChange = 'create' | 'update' | 'unchanged' | 'orphan';

/** One line of the plan: a definition (create/update/unchanged) or an orphan remote action. */
export interface PlanItem {
  change: PlanChange;
  /** Deployable action name. */
  name: string;
  /** Repository-relative definition file; absent for orphans. */
  file?: string;
  integrationId: string;
  integrationName: string;
  /** Remote action id, for update/unchanged/orphan. */
  actionId?: string;
  /** Remote published version the plan was computed against. */
  remoteVersion?: number;
  /** Top-level fields that differ, as dotted paths (e.g. `config.request.requestUrlTemplate`). */
  changedFields: string[];
  /** True when `contract` differs; Genesys may refuse contract changes on published actions. */
  contractChanged: boolean;
  /** The full desired state to write, for create/update. */
  desired?: PostActionInput;
}
