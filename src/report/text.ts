/**
 * Plain-text report for terminals (the CLI): compiler-style finding lines
 * (`file:line:col: error [rule] message`), one line per definition, the counts, and optionally
 * every dry-run step of every case. Pure.
 */
import type { TestExecutionResult } from '../dryrun/types.js';
import { redactDeep } from './redact.js';
import { deployLabel, dryRunLabel, location, planLabel, suppressedLabel, validationLabel, verifyLabel } from './labels.js';
import type { RunReport } from './types.js';

/** Options of {@link renderText}. */
export interface TextOptions {
  /** Print the step table of every dry-run case, not only of failed ones. */
  trace?: boolean;
  /** Values to replace by `***`. */
  redact?: string[];
}

function traceLines(trace: TestExecutionResult, indent: string): string[] {
  const lines: string[] = [];
  for (const op of trace.operations) {
    const mark = op.success ? 'ok ' : 'ERR';
    lines.push(`${indent}${mark} ${String(op.step).padStart(2)} ${op.name}`);
    if (!op.success && op.error) lines.push(`${indent}       ${op.error.message.split('\n')[0]}`);
    for (const w of op.warnings ?? []) lines.push(`${indent}       warning: ${w}`);
  }
  if (trace.success) lines.push(`${indent}output: ${JSON.stringify(trace.finalResult)}`);
  return lines;
}

/** The counts in the words of the mode: plan speaks of what it would do; validate of checks only. */
export function countWords(report: RunReport): string {
  const c = report.counts;
  const files = report.actions.length;
  if (report.mode === 'validate') return `${files} file(s): ${c.validated} valid, ${c.failed} failed`;
  const verbs = report.mode === 'plan' ? ['to create', 'to update'] : ['created', 'updated'];
  return `${files} file(s): ${c.validated} valid, ${c.created} ${verbs[0]}, ${c.updated} ${verbs[1]}, ${c.unchanged} unchanged, ${c.failed} failed`;
}

/** Renders the report as terminal text (no colours, no markup). */
export function renderText(input: RunReport, options: TextOptions = {}): string {
  const report = redactDeep(input, options.redact ?? []);
  const out: string[] = [];
  for (const f of report.findings) {
    out.push(`${location(f)}: ${f.severity} [${f.ruleId}] ${f.message}`);
    if (f.hint) out.push(`    hint: ${f.hint}`);
  }
  if (report.findings.length) out.push('');
  for (const a of report.actions) {
    const parts = [validationLabel(a.validation), `dry run ${dryRunLabel(a)}`];
    if (a.suppressed?.length) parts.push(suppressedLabel(a));
    if (report.mode !== 'validate') parts.push(a.planError !== undefined ? 'cannot plan' : `plan ${planLabel(a.plan)}`);
    if (report.mode === 'deploy') parts.push(`deploy ${deployLabel(a.deploy)}`, `verify ${verifyLabel(a.verify)}`);
    out.push(`${a.file}${a.name ? ` (${a.name})` : ''}: ${parts.join(', ')}`);
    if (a.changedFields?.length) out.push(`    changes: ${a.changedFields.join(', ')}`);
    if (a.deploy?.message) out.push(`    ${a.deploy.message}`);
    for (const w of a.deploy?.warnings ?? []) out.push(`    warning: ${w}`);
    if (a.verify?.differences?.length) out.push(`    differs after publish: ${a.verify.differences.join(', ')}`);
    for (const c of a.cases) {
      if (!options.trace && c.passed) continue;
      out.push(`    case "${c.name}": ${c.passed ? 'passed' : `FAILED — ${c.message ?? ''}`}`);
      out.push(...traceLines(c.trace, '      '));
    }
  }
  for (const o of report.orphans) out.push(`${o.integrationName}: "${o.name}" (${o.actionId}) exists in the org but in no definition; left untouched.`);
  for (const e of report.errors) out.push(`error: ${e}`);
  for (const n of report.notices) out.push(`note: ${n}`);
  out.push('', `${report.mode}: ${report.result}${report.failureReason ? ` (${report.failureReason})` : ''} — ${countWords(report)}`);
  return out.join('\n') + '\n';
}
