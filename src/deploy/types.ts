/** Results of the deploy (draft → validate → publish) and verify (read back) stages. */

export type DeployStatus = 'created' | 'updated' | 'unchanged' | 'failed' | 'skipped';

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
}
