/** A report for a run that could not start (bad inputs, unexpected crash). */
import type { Mode, RunReport } from '../report/types.js';

/** An empty failed report carrying one run-level error. `mode` falls back to validate when unknown. */
export function emptyReport(mode: string, error: string): RunReport {
  const m: Mode = mode === 'plan' || mode === 'deploy' ? mode : 'validate';
  return {
    mode: m,
    startedAt: new Date().toISOString(),
    durationMs: 0,
    actions: [],
    orphans: [],
    findings: [],
    counts: { validated: 0, created: 0, updated: 0, unchanged: 0, failed: 0 },
    hasChanges: false,
    result: 'failure',
    failureReason: 'configuration',
    errors: [error],
    notices: [],
  };
}
