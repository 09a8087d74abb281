/**
 * Turns the per-definition outcomes into the run's counts, result and failure reason. Pure.
 */
import { failsJob, type FailOn } from '../config/index.js';
import { rule } from '../validate/catalogue/index.js';
import type { Finding } from '../validate/finding.js';
import { actionFailed } from '../report/labels.js';
import type { ActionReport, FailureReason, Mode, RunCounts, RunReport } from '../report/types.js';

/** Counts over the action reports. In plan mode, created/updated count planned changes. */
export function countActions(actions: readonly ActionReport[], mode: Mode): RunCounts {
  const counts: RunCounts = { validated: 0, created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const a of actions) {
    if (a.validation !== 'failed') counts.validated++;
    if (actionFailed(a)) counts.failed++;
    if (mode === 'deploy') {
      if (a.deploy?.status === 'created') counts.created++;
      else if (a.deploy?.status === 'updated') counts.updated++;
      else if (a.deploy?.status === 'unchanged') counts.unchanged++;
    } else if (mode === 'plan') {
      if (a.plan === 'create') counts.created++;
      else if (a.plan === 'update') counts.updated++;
      else if (a.plan === 'unchanged') counts.unchanged++;
    }
  }
  return counts;
}

/** Failure reasons in pipeline order: the first that applies is reported. */
const ORDER: readonly FailureReason[] = ['validation-failed', 'test-failed', 'plan-failed', 'publish-failed', 'verify-failed', 'configuration'];

/**
 * The stage a finding belongs to, as a failure reason: the config file → `configuration`; dry
 * runs and fixtures → `test-failed`; plan checks against the org → `plan-failed`; anything else
 * → `validation-failed`. `org-permission` and `org-conflict` give none: they accompany a failed
 * listing, deploy or read-back, whose own reason applies.
 */
export function findingReason(finding: Pick<Finding, 'ruleId'>): FailureReason | undefined {
  if (finding.ruleId === 'org-permission' || finding.ruleId === 'org-conflict') return undefined;
  if (finding.ruleId === 'config-invalid') return 'configuration';
  const family = rule(finding.ruleId).family;
  if (family === 'dry-run' || finding.ruleId === 'fixture-invalid') return 'test-failed';
  if (family === 'org') return 'plan-failed';
  return 'validation-failed';
}

/**
 * The first failure reason that applies, in pipeline order; undefined when nothing failed.
 * `runLevel` (auth, listing, bad inputs) always wins. Findings fail the run per `failOn`
 * (github-action-conventions.md §6.1): `error` → a remaining error finding (or a definition that
 * failed validation, its dry run or its plan); `warning` → also a remaining warning; `never` →
 * no finding does. Deploy and verify failures, and run-level errors, fail the run whatever
 * `failOn` says.
 */
export function failureReason(report: Pick<RunReport, 'actions' | 'errors'> & Partial<Pick<RunReport, 'findings'>>, runLevel?: FailureReason, failOn: FailOn = 'error'): FailureReason | undefined {
  if (runLevel) return runLevel;
  const reasons = new Set<FailureReason>();
  const a = report.actions;
  if (failOn !== 'never') {
    if (a.some((x) => x.validation === 'failed' || (failOn === 'warning' && x.validation === 'warnings'))) reasons.add('validation-failed');
    if (a.some((x) => x.dryRun === 'failed' && x.dryRunAccepted !== true)) reasons.add('test-failed');
    if (a.some((x) => x.planError !== undefined)) reasons.add('plan-failed');
    for (const f of report.findings ?? []) {
      const reason = failsJob(f.severity, failOn) ? findingReason(f) : undefined;
      if (reason) reasons.add(reason);
    }
  }
  if (a.some((x) => x.deploy?.status === 'failed')) reasons.add('publish-failed');
  if (a.some((x) => x.verify?.status === 'failed' || x.verify?.status === 'mismatch')) reasons.add('verify-failed');
  if (report.errors.length) reasons.add('configuration');
  return ORDER.find((r) => reasons.has(r));
}

/** Fills counts, hasChanges, result and failureReason of a report whose actions are final. */
export function finishReport(report: RunReport, runLevel?: FailureReason, failOn: FailOn = 'error'): RunReport {
  report.counts = countActions(report.actions, report.mode);
  report.hasChanges = report.counts.created + report.counts.updated > 0;
  const reason = failureReason(report, runLevel, failOn);
  if (reason) {
    report.failureReason = reason;
    report.result = 'failure';
  } else {
    report.result = report.mode !== 'validate' && !report.hasChanges ? 'no-op' : 'success';
  }
  return report;
}
