/**
 * The run report: everything one run found and did, the single input of every reporter
 * (job summary, PR comment, annotations, outputs, JSON report file).
 */
import type { SuppressedFinding } from '../config/types.js';
import type { DeployResult, VerifyResult } from '../deploy/types.js';
import type { TestExecutionResult } from '../dryrun/types.js';
import type { PlanChange } from '../plan/types.js';
import type { Finding } from '../validate/finding.js';

export type Mode = 'validate' | 'plan' | 'deploy';

/** One fixture case's dry-run outcome. */
export interface DryRunCaseReport {
  name: string;
  file: string;
  /** True when the trace met the fixture's expectation (or succeeded, when none was given). */
  passed: boolean;
  /** Why it did not pass, in one sentence. */
  message?: string;
  trace: TestExecutionResult;
}

/** Everything about one definition file. */
export interface ActionReport {
  /** Repository-relative path. */
  file: string;
  /** Deployable name, when the file could be read far enough to know it. */
  name?: string;
  validation: 'passed' | 'warnings' | 'failed';
  /** Dry-run outcome over all fixtures; `none` when the definition has no fixture. */
  dryRun: 'passed' | 'failed' | 'none' | 'skipped';
  /**
   * True when the dry run failed but configuration lowered every resulting error below error
   * (or suppressed it): the failure is reported, the definition stays deployable and the
   * failure alone does not fail the run.
   */
  dryRunAccepted?: boolean;
  /** Findings of this definition hidden by its inline `suppress` entries, each with its reason. */
  suppressed?: SuppressedFinding[];
  cases: DryRunCaseReport[];
  plan?: PlanChange;
  /** Why the definition could not be planned (no target integration, duplicate names). */
  planError?: string;
  changedFields?: string[];
  deploy?: DeployResult;
  verify?: VerifyResult;
}

export interface RunCounts {
  /** Definitions that passed validation (warnings allowed). */
  validated: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Definitions that failed at any stage, plus failed orphan checks. */
  failed: number;
}

/** Why a run failed, machine-readable (github-action-conventions.md §6.2). */
export type FailureReason =
  | 'validation-failed'
  | 'test-failed'
  | 'auth-failed'
  | 'plan-failed'
  | 'publish-failed'
  | 'verify-failed'
  | 'configuration';

export interface RunReport {
  mode: Mode;
  /** Normalised region domain, when a region was given. */
  region?: string;
  startedAt: string;
  durationMs: number;
  actions: ActionReport[];
  /** Remote actions no definition names (plan/deploy only); never deleted. */
  orphans: Array<{ name: string; actionId: string; integrationName: string }>;
  /** Every finding, sorted by severity, file, line. */
  findings: Finding[];
  counts: RunCounts;
  hasChanges: boolean;
  result: 'success' | 'failure' | 'no-op';
  failureReason?: FailureReason;
  /** Run-level problems not tied to one file (bad inputs, auth failure). */
  errors: string[];
  /** Run-level notes (skipped comment on a fork, and the like). */
  notices: string[];
}

/**
 * What the reporters know about the run besides the `RunReport`; every field is optional and
 * comes from the runner environment or the action inputs (main reads them, reporters never do).
 */
export interface ReportContext {
  /** Link to the workflow run (`${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`). */
  runUrl?: string;
  /** `owner/name` of the repository (`GITHUB_REPOSITORY`). */
  repository?: string;
  /** Commit SHA the run checked out (`GITHUB_SHA`, or the PR head SHA). */
  sha?: string;
  /** Environment label (the `environment` input), e.g. `prod`. */
  environment?: string;
  /** GitHub web base URL (`GITHUB_SERVER_URL`); `https://github.com` when absent. */
  serverUrl?: string;
  /** Version of this tool, recorded in the comment marker and the JSON report. */
  version?: string;
  /**
   * Literal secret values (fixture `credentials` / `authResponse` values, tokens) to replace with
   * `***` wherever they occur in reported text. Values shorter than 4 characters are ignored, as
   * masking tiny fragments would hide unrelated text (github-action-conventions.md §2.2).
   */
  redact?: string[];
}
