/** Results of the deploy (draft → validate → publish) and verify (read back) stages. */

export type DeployStatus = 'created' | 'updated' | 'unchanged' | 'failed' | 'skipped';

/**
 * The Genesys answer behind a failed deploy step or read-back, kept so that the pipeline can
 * report `org-permission` (403) and `org-conflict` (409 and other version conflicts) findings.
 */
export interface CallFailure {
  /** HTTP status of the failing call; absent when no response arrived or no call failed. */
  status?: number;
  /** Method and path of the failing call, e.g. `POST` `/api/v2/integrations/actions/drafts`. */
  method?: string;
  path?: string;
  /** The deploy step that failed, e.g. `create draft`, `publish`, `read back`. */
  step?: string;
  /**
   * True for a conflict: 409, 408 or 400 "does not match the current version" (genesys-api.md
   * §5.4), or the published action changed since the plan.
   */
  conflict: boolean;
}

/** What deploying one plan item did (`deployItem`). */
export interface DeployResult {
  name: string;
  file?: string;
  status: DeployStatus;
  actionId?: string;
  /** Published version after the deploy, as the API reported it. */
  version?: number;
  /** Why it failed or was skipped; API messages are passed through. */
  message?: string;
  /** Non-fatal notes, e.g. an existing draft that was replaced. */
  warnings?: string[];
  /** For `failed`: the call that failed, when Genesys answered it (or the plan was stale). */
  failure?: CallFailure;
}

/** Read-back outcome: equal, different, unreadable, or not deployed in this run. */
export type VerifyStatus = 'verified' | 'mismatch' | 'failed' | 'skipped';

/** What reading one deployed action back found (`verifyItem`). */
export interface VerifyResult {
  name: string;
  file?: string;
  status: VerifyStatus;
  actionId?: string;
  /** Dotted paths of fields whose read-back value differs from the desired one. */
  differences?: string[];
  message?: string;
  /** For `failed`: the read that failed, when Genesys answered it. */
  failure?: CallFailure;
}
