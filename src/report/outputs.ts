/**
 * The step outputs (github-action-conventions.md §6.2). Values are strings, as
 * `core.setOutput` writes them; none can hold a secret (the runner drops outputs that contain a
 * masked value, §2.2).
 */
import type { RunReport } from './types.js';

/**
 * Outputs of a run: `validated`, `created`, `updated`, `unchanged`, `failed` (counts as decimal
 * strings), `has-changes` (`true`/`false`), `result` (`success`|`failure`|`no-op`),
 * `failure-reason` (empty when none) and `report-path` (the JSON report file, as given).
 */
export function actionOutputs(report: RunReport, reportPath: string): Record<string, string> {
  return {
    validated: String(report.counts.validated),
    created: String(report.counts.created),
    updated: String(report.counts.updated),
    unchanged: String(report.counts.unchanged),
    failed: String(report.counts.failed),
    'has-changes': report.hasChanges ? 'true' : 'false',
    result: report.result,
    'failure-reason': report.failureReason ?? '',
    'report-path': reportPath,
  };
}
