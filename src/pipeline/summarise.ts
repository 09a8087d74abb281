/**
 * Turns the per-definition outcomes into the run's counts, result and failure reason. Pure.
 */
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

/** The first failure reason that applies, in pipeline order; undefined when nothing failed. */
export function failureReason(report: Pick<RunReport, 'actions' | 'errors'>, runLevel?: FailureReason): FailureReason | undefined {
  if (runLevel) return runLevel;
  const a = report.actions;
  if (a.some((x) => x.validation === 'failed')) return 'validation-failed';
  if (a.some((x) => x.dryRun === 'failed')) return 'test-failed';
  if (a.some((x) => x.planError !== undefined)) return 'plan-failed';
  if (a.some((x) => x.deploy?.status === 'failed')) return 'publish-failed';
  if (a.some((x) => x.verify?.status === 'failed' || x.verify?.status === 'mismatch')) return 'verify-failed';
  return report.errors.length ? 'configuration' : undefined;
}

/** Fills counts, hasChanges, result and failureReason of a report whose actions are final. */
export function finishReport(report: RunReport, runLevel?: FailureReason): RunReport {
  report.counts = countActions(report.actions, report.mode);
  report.hasChanges = report.counts.created + report.counts.updated > 0;
  const reason = failureReason(report, runLevel);
  if (reason) {
    report.failureReason = reason;
    report.result = 'failure';
  } else {
    report.result = report.mode !== 'validate' && !report.hasChanges ? 'no-op' : 'success';
  }
  return report;
}
