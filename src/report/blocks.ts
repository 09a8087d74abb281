/**
 * Markdown building blocks shared by the job summary and the PR comment: heading, counts table,
 * per-action row, finding row, dry-run step table, per-action `<details>`. Every piece of
 * repository-, fixture- or API-derived text goes through `escape.ts`; every block ends with a
 * newline so blocks concatenate, and sizes add up for the budget (budget.ts).
 */
import type { TestExecutionResult } from '../dryrun/types.js';
import type { Finding } from '../validate/finding.js';
import { clip, codeBlock, codeSpan, escapeMarkdownCell, escapeMarkdownLine, link } from './escape.js';
import {
  TITLE,
  actionFailed,
  countHeadings,
  deployLabel,
  dryRunLabel,
  durationLabel,
  location,
  planLabel,
  resultIcon,
  severityIcon,
  suppressedLabel,
  validationLabel,
  verifyLabel,
} from './labels.js';
import type { ActionReport, DryRunCaseReport, Mode, ReportContext, RunReport } from './types.js';

/** Limits on one block's size, so a single hostile value cannot fill a budget. */
export interface BlockLimits {
  /** Max UTF-16 code units of one message, hint or step error (before escaping). */
  text: number;
  /** Max failed cases shown per action. */
  cases: number;
  /** Max UTF-16 code units of a case's output shown as JSON. */
  output: number;
  /** Max changed fields / differences listed per action. */
  fields: number;
}

/** Result word with the failure reason, e.g. `failure (publish-failed)`. */
export function resultWords(report: RunReport): string {
  return report.failureReason ? `${report.result} (${report.failureReason})` : report.result;
}

/**
 * The h3 title: `### ✅ Genesys data actions · plan · prod · mypurecloud.de · success`
 * (environment and region only when known).
 */
export function titleLine(report: RunReport, ctx: ReportContext): string {
  const parts = [report.mode, ctx.environment, report.region, resultWords(report)].filter(
    (p): p is string => typeof p === 'string' && p.length > 0,
  );
  // `#` too: a trailing run of `#` would be taken as the heading's closing sequence.
  const text = parts.map((p) => escapeMarkdownCell(p).replace(/#/g, '&#35;')).join(' · ');
  return `### ${resultIcon(report.result)} ${TITLE} · ${text}\n\n`;
}

/** Commit and run links plus duration, one line; empty parts are left out. */
export function contextLine(report: RunReport, ctx: ReportContext): string {
  const parts: string[] = [];
  if (ctx.sha) {
    const short = ctx.sha.slice(0, 7);
    const server = ctx.serverUrl ?? 'https://github.com';
    const url = ctx.repository ? `${server.replace(/\/+$/, '')}/${ctx.repository}/commit/${encodeURIComponent(ctx.sha)}` : undefined;
    parts.push(`commit ${link(short, url, { code: true })}`);
  }
  if (ctx.runUrl) parts.push(link('workflow run', ctx.runUrl));
  parts.push(durationLabel(report.durationMs));
  return `${parts.join(' · ')}\n\n`;
}

/**
 * The counts table (validated, created, updated, unchanged, failed), headings in the mode's
 * tense; in validate mode, which changes nothing, only definitions, validated and failed.
 */
export function countsTable(report: RunReport): string {
  const h = countHeadings(report.mode);
  const c = report.counts;
  if (report.mode === 'validate') {
    return `| Definitions | ${h[0]} | ${h[4]} |\n|---:|---:|---:|\n| ${report.actions.length} | ${c.validated} | ${c.failed} |\n\n`;
  }
  return (
    `| ${h.join(' | ')} |\n|---:|---:|---:|---:|---:|\n` +
    `| ${c.validated} | ${c.created} | ${c.updated} | ${c.unchanged} | ${c.failed} |\n\n`
  );
}

/** Which per-action columns a mode can fill: validate has no plan/deploy; plan has no deploy. */
function columnsFor(mode: Mode): { plan: boolean; deploy: boolean } {
  return { plan: mode !== 'validate', deploy: mode === 'deploy' };
}

/** Heading and header row of the per-action table. */
export function actionTableHead(mode: Mode, count: number): string {
  const cols = columnsFor(mode);
  const names = ['File', 'Action', ...(cols.plan ? ['Plan'] : []), 'Validation', 'Dry run', ...(cols.deploy ? ['Deploy', 'Verify'] : [])];
  return `#### Data actions (${count})\n\n| ${names.join(' | ')} |\n|${names.map(() => '---').join('|')}|\n`;
}

/** One row of the per-action table. */
export function actionRow(action: ActionReport, mode: Mode): string {
  const cols = columnsFor(mode);
  const cells = [
    codeSpan(action.file),
    action.name !== undefined ? escapeMarkdownCell(action.name) : '—',
    ...(cols.plan ? [action.planError !== undefined ? '❌ cannot plan' : planLabel(action.plan)] : []),
    [validationLabel(action.validation), suppressedLabel(action)].filter(Boolean).join(' · '),
    dryRunLabel(action),
    ...(cols.deploy ? [deployLabel(action.deploy), verifyLabel(action.verify)] : []),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

/** Heading and header row of the findings table. */
export function findingsTableHead(count: number): string {
  return `#### Findings (${count})\n\n| | Location | Rule | Message | Hint |\n|---|---|---|---|---|\n`;
}

/** One row of the findings table: severity, `file:line:column`, rule id, message, hint. */
export function findingRow(finding: Finding, limits: BlockLimits): string {
  return (
    `| ${severityIcon(finding.severity)} | ${codeSpan(location(finding))} | ${codeSpan(finding.ruleId)} | ` +
    `${escapeMarkdownCell(clip(finding.message, limits.text))} | ${finding.hint ? escapeMarkdownCell(clip(finding.hint, limits.text)) : ''} |\n`
  );
}

/** One finding as a list item: `- ❌ file:1:2 rule — message (hint)`. */
export function findingItem(finding: Finding, limits: BlockLimits): string {
  const hint = finding.hint ? ` <i>Hint: ${escapeMarkdownCell(clip(finding.hint, limits.text))}</i>` : '';
  return (
    `- ${severityIcon(finding.severity)} ${codeSpan(location(finding))} ${codeSpan(finding.ruleId)} ` +
    `${escapeMarkdownCell(clip(finding.message, limits.text))}${hint}\n`
  );
}

/**
 * The dry-run step table of one trace: step number, step name, ✓/✗, error message (with the
 * library message and step warnings). Steps are those the trace ran (it stops at the failing
 * step, genesys-runtime.md §2).
 */
export function stepTable(trace: TestExecutionResult, limits: BlockLimits): string {
  const rows = trace.operations.map((op) => {
    const notes: string[] = [];
    if (op.error) {
      notes.push(escapeMarkdownCell(clip(op.error.message, limits.text)));
      if (op.error.libraryMessage && op.error.libraryMessage !== op.error.message) {
        notes.push(codeSpan(clip(op.error.libraryMessage, limits.text)));
      }
    }
    for (const w of op.warnings ?? []) notes.push(`⚠️ ${escapeMarkdownCell(clip(w, limits.text))}`);
    return `| ${op.step} | ${escapeMarkdownCell(op.name)} | ${op.success ? '✓' : '✗'} | ${notes.join('<br>')} |\n`;
  });
  return `| Step | Name | | Error |\n|---:|---|:-:|---|\n${rows.join('')}\n`;
}

/** A failed case: what failed, the step table, and the output when the template produced one. */
export function caseBlock(c: DryRunCaseReport, limits: BlockLimits): string {
  const why = c.message ? `: ${escapeMarkdownCell(clip(c.message, limits.text))}` : '';
  let out = `**Case ${codeSpan(c.name)}** (${codeSpan(c.file)}) ✗${why}\n\n`;
  if (c.trace.operations.length > 0) out += stepTable(c.trace, limits);
  if (c.trace.finalResult !== undefined && c.trace.finalResult !== null) {
    out += `Output:\n${codeBlock(clip(JSON.stringify(c.trace.finalResult, null, 2) ?? '', limits.output), 'json')}`;
  }
  return out;
}

/** A comma-separated list of code spans, with "and N more" past `max`. */
function fieldList(fields: readonly string[], max: number): string {
  const shown = fields.slice(0, max).map(codeSpan).join(', ');
  return fields.length > max ? `${shown} and ${fields.length - max} more` : shown;
}

/**
 * The per-action `<details>` block: changed fields (updates), deploy and verify messages, and
 * the step table of each failed case. Undefined when the action has nothing to show beyond its
 * table row (passing, unchanged, no messages).
 */
export function actionDetails(action: ActionReport, limits: BlockLimits): string | undefined {
  const body: string[] = [];
  if (action.changedFields && action.changedFields.length > 0) {
    body.push(`**Changed fields:** ${fieldList(action.changedFields, limits.fields)}\n\n`);
  }
  const deploy = action.deploy;
  if (deploy && (deploy.message || (deploy.warnings?.length ?? 0) > 0)) {
    const msg = deploy.message ? ` — ${escapeMarkdownCell(clip(deploy.message, limits.text))}` : '';
    const warnings = (deploy.warnings ?? []).map((w) => `<br>⚠️ ${escapeMarkdownCell(clip(w, limits.text))}`).join('');
    body.push(`**Deploy:** ${deployLabel(deploy)}${msg}${warnings}\n\n`);
  }
  const verify = action.verify;
  if (verify && (verify.message || (verify.differences?.length ?? 0) > 0)) {
    const msg = verify.message ? ` — ${escapeMarkdownCell(clip(verify.message, limits.text))}` : '';
    const diffs = verify.differences?.length ? `<br>Differs: ${fieldList(verify.differences, limits.fields)}` : '';
    body.push(`**Verify:** ${verifyLabel(verify)}${msg}${diffs}\n\n`);
  }
  const failed = action.cases.filter((c) => !c.passed);
  for (const c of failed.slice(0, limits.cases)) body.push(caseBlock(c, limits));
  if (failed.length > limits.cases) body.push(`… and ${failed.length - limits.cases} more failed cases.\n\n`);
  if (body.length === 0) return undefined;
  return `<details><summary>${actionSummaryLine(action)}</summary>\n\n${body.join('')}</details>\n\n`;
}

/** The one-line `<summary>` of an action: status icon, plan, name and file. */
export function actionSummaryLine(action: ActionReport): string {
  const icon = actionFailed(action) ? '❌' : '✅';
  const plan = action.plan ? ` ${planLabel(action.plan)}` : '';
  const name = action.name !== undefined ? `${codeSpan(action.name)} · ` : '';
  return `${icon}${plan} ${name}${codeSpan(action.file)}`;
}

/** A list item for a plain run-level message (error or notice). */
export function messageItem(text: string, limits: BlockLimits): string {
  return `- ${escapeMarkdownLine(clip(text, limits.text))}\n`;
}
