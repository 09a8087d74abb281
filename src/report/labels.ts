/**
 * Words and symbols shared by the job summary and the PR comment, so both describe a run the
 * same way. Each label pairs an emoji with a word, so it reads without colour or images.
 */
import type { DeployResult, VerifyResult } from '../deploy/types.js';
import type { PlanChange } from '../plan/types.js';
import type { Finding, Severity } from '../validate/finding.js';
import type { ActionReport, Mode, RunReport } from './types.js';

/** The product name used in headings and the comment marker. */
export const TOOL_NAME = 'genesys-data-actions';

/** The heading text of summaries and comments. */
export const TITLE = 'Genesys data actions';

/** `✅` success, `❌` failure, `➖` no-op (nothing to do). */
export function resultIcon(result: RunReport['result']): string {
  return result === 'success' ? '✅' : result === 'failure' ? '❌' : '➖';
}

/** Severity symbol: `❌` error, `⚠️` warning, `ℹ️` info. */
export function severityIcon(severity: Severity): string {
  return severity === 'error' ? '❌' : severity === 'warning' ? '⚠️' : 'ℹ️';
}

/** Plan change as shown to users, in the tense of the mode (plan: "create"; deploy: same word). */
export function planLabel(change: PlanChange | undefined): string {
  switch (change) {
    case 'create':
      return '➕ create';
    case 'update':
      return '✏️ update';
    case 'unchanged':
      return '＝ unchanged';
    case 'orphan':
      return '👻 not in repository';
    default:
      return '—';
  }
}

/** Validation outcome of one definition. */
export function validationLabel(validation: ActionReport['validation']): string {
  return validation === 'passed' ? '✅ passed' : validation === 'warnings' ? '⚠️ warnings' : '❌ failed';
}

/** `2 suppressed` for a definition whose inline suppressions hid findings; empty when none did. */
export function suppressedLabel(action: Pick<ActionReport, 'suppressed'>): string {
  const n = action.suppressed?.length ?? 0;
  return n > 0 ? `${n} suppressed` : '';
}

/**
 * Dry-run outcome with cases passed/total, e.g. `✅ 3/3`, `❌ 1/3`, `— no fixtures`; a failure
 * the configuration accepted reads `⚠️ 1/3 passed (accepted)`.
 */
export function dryRunLabel(action: ActionReport): string {
  const passed = action.cases.filter((c) => c.passed).length;
  const total = action.cases.length;
  switch (action.dryRun) {
    case 'passed':
      return `✅ ${passed}/${total} passed`;
    case 'failed':
      if (action.dryRunAccepted) return total === 0 ? '⚠️ fixture invalid (accepted)' : `⚠️ ${passed}/${total} passed (accepted)`;
      return total === 0 ? '❌ fixture invalid' : `❌ ${passed}/${total} passed`;
    case 'skipped':
      return '⏭️ skipped';
    default:
      return '— no fixtures';
  }
}

/** Deploy outcome, with the published version when known. */
export function deployLabel(deploy: DeployResult | undefined): string {
  if (!deploy) return '—';
  const version = deploy.version !== undefined ? ` (v${deploy.version})` : '';
  switch (deploy.status) {
    case 'created':
      return `✅ created${version}`;
    case 'updated':
      return `✅ updated${version}`;
    case 'unchanged':
      return '＝ unchanged';
    case 'failed':
      return '❌ failed';
    default:
      return '⏭️ skipped';
  }
}

/** Verify outcome (read-back after publish). */
export function verifyLabel(verify: VerifyResult | undefined): string {
  if (!verify) return '—';
  switch (verify.status) {
    case 'verified':
      return '✅ verified';
    case 'mismatch':
      return '❌ mismatch';
    case 'failed':
      return '❌ failed';
    default:
      return '⏭️ skipped';
  }
}

/** Column headings for the counts, in the tense of the mode ("To create" in plan mode). */
export function countHeadings(mode: Mode): [string, string, string, string, string] {
  return mode === 'plan'
    ? ['Validated', 'To create', 'To update', 'Unchanged', 'Failed']
    : ['Validated', 'Created', 'Updated', 'Unchanged', 'Failed'];
}

/** `file:line:column` (line and column only when known). */
export function location(finding: Pick<Finding, 'file' | 'line' | 'column'>): string {
  if (finding.line === undefined) return finding.file;
  return finding.column === undefined ? `${finding.file}:${finding.line}` : `${finding.file}:${finding.line}:${finding.column}`;
}

/**
 * True when the action failed at any stage (validation, dry run, plan, deploy, verify). A dry-run
 * failure the configuration accepted (`dryRunAccepted`) does not count.
 */
export function actionFailed(action: ActionReport): boolean {
  return (
    action.validation === 'failed' ||
    (action.dryRun === 'failed' && action.dryRunAccepted !== true) ||
    action.planError !== undefined ||
    action.deploy?.status === 'failed' ||
    action.verify?.status === 'failed' ||
    action.verify?.status === 'mismatch'
  );
}

/** Duration in words: `850 ms`, `3.2 s`, `2 min 5 s`. */
export function durationLabel(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}
