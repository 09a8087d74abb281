/**
 * The sticky PR comment body. Assembled by priority within a budget
 * (github-action-conventions.md §3.2): marker and metadata, status line and counts, errors,
 * per-action changes in `<details>`, warnings, then passing items; whole items are dropped from
 * the lowest priority up and the comment says "N items omitted; see the job summary".
 * The GitHub API I/O lives in sticky.ts.
 */
import { assembleWithinBudget, type BudgetSection } from './budget.js';
import {
  actionDetails,
  actionSummaryLine,
  countsTable,
  findingItem,
  messageItem,
  titleLine,
  type BlockLimits,
} from './blocks.js';
import { clip, codeSpan, escapeMarkdownCell, escapeMarkdownLine, link } from './escape.js';
import { actionFailed, deployLabel, dryRunLabel, planLabel, TOOL_NAME, verifyLabel } from './labels.js';
import { MARKER_VERSION, renderMarker } from './marker.js';
import { redactDeep } from './redact.js';
import type { ActionReport, ReportContext, RunReport } from './types.js';

export { findStickyComment, shouldComment, upsertStickyComment } from './sticky.js';
export type { CommentMode, CommentOutcome, Octokit, StickyComment, StickyCommentTarget } from './sticky.js';

/**
 * Budget of a comment body in UTF-16 code units (`string.length`, what GitHub's 65,536 limit
 * counts); about 8% headroom (github-action-conventions.md §3.2).
 */
export const COMMENT_LIMIT = 60_000;

/** The context of a comment: the report context plus the sticky key (environment or label). */
export type CommentContext = ReportContext & { key: string };

const LIMITS: BlockLimits = { text: 600, cases: 3, output: 1_500, fields: 50 };

/**
 * Renders the PR comment. The first line is the hidden marker
 * `<!-- genesys-data-actions:<key> {metadata} -->` (marker.ts); secrets are redacted first
 * (redact.ts). The result is at most `limit` UTF-16 code units (default `COMMENT_LIMIT`): marker,
 * title, status line and counts are always kept; the rest is dropped whole, never cut inside a tag
 * or code fence.
 */
export function renderComment(report: RunReport, ctx: CommentContext, limit = COMMENT_LIMIT): string {
  const r = redactDeep(report, ctx.redact ?? []);
  const marker = renderMarker(ctx.key, {
    version: MARKER_VERSION,
    ...(ctx.version ? { tool: ctx.version } : {}),
    mode: r.mode,
    result: r.result,
    counts: r.counts,
    hasChanges: r.hasChanges,
  });
  const failed = r.actions.filter(actionFailed);
  const changes = [...failed, ...r.actions.filter((a) => !actionFailed(a) && (a.plan === 'create' || a.plan === 'update'))];
  const passing = r.actions.filter((a) => !changes.includes(a));
  const errorFindings = r.findings.filter((f) => f.severity === 'error');
  const warningFindings = r.findings.filter((f) => f.severity === 'warning');
  const infoFindings = r.findings.filter((f) => f.severity === 'info');

  const sections: BudgetSection[] = [
    {
      priority: 0,
      label: 'header',
      head: `${marker}\n${titleLine(r, ctx)}${statusLine(r)}`,
      items: [],
      tail: countsTable(r),
    },
    {
      priority: 1,
      label: 'errors',
      head: '#### ❌ Errors\n\n',
      items: [
        ...r.errors.map((e) => messageItem(e, LIMITS)),
        ...errorFindings.map((f) => findingItem(f, LIMITS)),
        ...failed.flatMap(failureItems),
      ],
      tail: '\n',
    },
    {
      priority: 2,
      label: 'changes',
      head: '#### Changes\n\n',
      items: changes.map((a) => actionDetails(a, LIMITS) ?? `- ${actionSummaryLine(a)}\n\n`),
    },
    {
      priority: 3,
      label: 'warnings',
      head: '#### ⚠️ Warnings\n\n',
      items: warningFindings.map((f) => findingItem(f, LIMITS)),
      tail: '\n',
    },
    {
      priority: 4,
      label: 'remote-only actions',
      head: '#### Remote actions not defined in the repository (never deleted)\n\n',
      items: r.orphans.map((o) => `- ${escapeMarkdownLine(o.name)} (${escapeMarkdownCell(o.integrationName)})\n`),
      tail: '\n',
    },
    {
      priority: 5,
      label: 'passing',
      head: '<details><summary>Unchanged and passing</summary>\n\n',
      items: passing.map(passingItem),
      tail: '\n</details>\n\n',
    },
    {
      priority: 5,
      label: 'notes',
      head: '#### Notes\n\n',
      items: [...r.notices.map((n) => messageItem(n, LIMITS)), ...infoFindings.map((f) => findingItem(f, LIMITS))],
      tail: '\n',
    },
    { priority: 0, label: 'footer', items: [], tail: footer(ctx), afterNote: true },
  ];
  return assembleWithinBudget(sections, {
    limit,
    measure: (text) => text.length,
    footer: (_omitted, total) => `> ⚠️ ${total} items omitted; see the job summary${ctx.runUrl ? ` of ${link('this run', ctx.runUrl)}` : ''}.\n\n`,
  }).text;
}

/** The status line: what the result means, in one sentence. */
function statusLine(r: RunReport): string {
  const c = r.counts;
  const total = r.actions.length;
  const mode = r.mode === 'validate' ? 'Validation' : r.mode === 'plan' ? 'Plan' : 'Deploy';
  let text: string;
  if (r.result === 'failure') {
    const reason = r.failureReason ? ` (${codeSpan(r.failureReason)})` : '';
    text = `**${mode} failed**${reason}${c.failed > 0 ? `: ${c.failed} of ${total} data actions failed` : ''}.`;
  } else if (r.mode === 'validate') {
    text = `**Validation passed**: ${c.validated} data actions validated.`;
  } else if (!r.hasChanges) {
    text = `**No changes**: every data action matches the org.`;
  } else if (r.mode === 'plan') {
    text = `**Plan ready**: ${c.created} to create, ${c.updated} to update, ${c.unchanged} unchanged.`;
  } else {
    text = `**Deployed**: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged.`;
  }
  return `${text}\n\n`;
}

/** One line per reason a failed action failed (dry run, deploy, verify). */
function failureItems(a: ActionReport): string[] {
  const who = `${a.name !== undefined ? `${codeSpan(a.name)} ` : ''}(${codeSpan(a.file)})`;
  const because = (message: string | undefined): string =>
    message ? ` — ${escapeMarkdownCell(clip(message, LIMITS.text))}` : '';
  const items: string[] = [];
  if (a.dryRun === 'failed') {
    const first = a.cases.find((c) => !c.passed);
    const detail = first ? ` — case ${codeSpan(first.name)}${first.message ? `: ${escapeMarkdownCell(clip(first.message, LIMITS.text))}` : ''}` : '';
    items.push(`- ${who}: dry run ${dryRunLabel(a)}${detail}\n`);
  }
  if (a.deploy?.status === 'failed') items.push(`- ${who}: deploy ${deployLabel(a.deploy)}${because(a.deploy.message)}\n`);
  if (a.verify && (a.verify.status === 'failed' || a.verify.status === 'mismatch')) {
    items.push(`- ${who}: verify ${verifyLabel(a.verify)}${because(a.verify.message)}\n`);
  }
  return items;
}

/** A compact line for an action with nothing to report. */
function passingItem(a: ActionReport): string {
  const name = a.name !== undefined ? `${codeSpan(a.name)} ` : '';
  const plan = a.plan ? ` ${planLabel(a.plan)} ·` : '';
  return `- ${name}(${codeSpan(a.file)})${plan} dry run ${dryRunLabel(a)}\n`;
}

/** Small print: tool name and version, commit, link to the run. */
function footer(ctx: ReportContext): string {
  const parts = [`${TOOL_NAME}${ctx.version ? ` ${escapeMarkdownCell(ctx.version)}` : ''}`];
  if (ctx.sha) parts.push(`commit ${codeSpan(ctx.sha.slice(0, 7))}`);
  if (ctx.runUrl) parts.push(link('job summary', ctx.runUrl));
  return `<sub>${parts.join(' · ')}</sub>\n`;
}
