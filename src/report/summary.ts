/**
 * The job summary (`$GITHUB_STEP_SUMMARY`): GitHub-flavoured markdown + HTML following
 * github-action-conventions.md §6.6 — title, counts, per-action table, every finding (where the
 * annotations past the per-step cap land, §2.3), per-action details, run-level errors and notes.
 * Pure: main passes the string to `core.summary.addRaw(...).write()`.
 */
import { assembleWithinBudget, type BudgetSection } from './budget.js';
import {
  actionDetails,
  actionRow,
  actionTableHead,
  contextLine,
  countsTable,
  findingRow,
  findingsTableHead,
  messageItem,
  titleLine,
  type BlockLimits,
} from './blocks.js';
import { codeSpan, escapeMarkdownCell } from './escape.js';
import { redactDeep } from './redact.js';
import type { ReportContext, RunReport } from './types.js';

/**
 * Size limit of the summary in UTF-8 bytes. The runner refuses a step summary over 1 MiB
 * ("supports content up to a size of 1024k", github-action-conventions.md §2.4); 1,000,000 bytes
 * leaves headroom and also bounds the length in characters.
 */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

const LIMITS: BlockLimits = { text: 4_000, cases: 20, output: 8_000, fields: 200 };

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Renders the job summary of a run. Secrets are redacted first (`ctx.redact` plus credential-like
 * members, redact.ts). When the document would exceed `limit` UTF-8 bytes (default
 * `SUMMARY_LIMIT_BYTES`), whole rows and blocks are dropped — per-action details first, then
 * orphan rows, per-action rows, findings, run messages — and the summary says what was omitted.
 * Title and counts are always kept.
 */
export function renderSummary(report: RunReport, ctx: ReportContext, limit = SUMMARY_LIMIT_BYTES): string {
  const r = redactDeep(report, ctx.redact ?? []);
  const sections: BudgetSection[] = [
    {
      priority: 0,
      label: 'header',
      head: titleLine(r, ctx) + contextLine(r, ctx),
      items: r.actions.length === 0 ? ['No data-action definitions were found.\n\n'] : [],
      tail: countsTable(r),
    },
    {
      priority: 3,
      label: 'per-action rows',
      head: actionTableHead(r.mode, r.actions.length),
      items: r.actions.map((a) => actionRow(a, r.mode)),
      tail: '\n',
      omittedLine: (n) => `\n_${n} more per-action rows omitted (job summary size limit)._\n`,
    },
    {
      priority: 4,
      label: 'remote-only actions',
      head:
        `#### Remote actions not defined in the repository (${r.orphans.length})\n\n` +
        'These are never deleted.\n\n| Action | Integration | Action id |\n|---|---|---|\n',
      items: r.orphans.map(
        (o) => `| ${escapeMarkdownCell(o.name)} | ${escapeMarkdownCell(o.integrationName)} | ${codeSpan(o.actionId)} |\n`,
      ),
      tail: '\n',
      omittedLine: (n) => `\n_${n} more remote-only actions omitted (job summary size limit)._\n`,
    },
    {
      priority: 2,
      label: 'findings',
      head: findingsTableHead(r.findings.length),
      items: r.findings.map((f) => findingRow(f, LIMITS)),
      tail: '\n',
      omittedLine: (n) => `\n_${n} more findings omitted (job summary size limit)._\n`,
    },
    {
      priority: 5,
      label: 'per-action details',
      head: '#### Details\n\n',
      items: r.actions.map((a) => actionDetails(a, LIMITS)).filter((d): d is string => d !== undefined),
      omittedLine: (n) => `_${n} more per-action details omitted (job summary size limit)._\n\n`,
    },
    {
      priority: 1,
      label: 'run errors',
      head: '#### Run errors\n\n',
      items: r.errors.map((e) => messageItem(e, LIMITS)),
      tail: '\n',
      omittedLine: (n) => `- _${n} more run errors omitted._\n`,
    },
    {
      priority: 1,
      label: 'run notes',
      head: '#### Notes\n\n',
      items: r.notices.map((n) => messageItem(n, LIMITS)),
      tail: '\n',
      omittedLine: (n) => `- _${n} more notes omitted._\n`,
    },
  ];
  return assembleWithinBudget(sections, {
    limit,
    measure: utf8Bytes,
    footer: (omitted) =>
      `> ⚠️ Omitted to stay under the job summary size limit: ${omitted
        .map((o) => `${o.count} ${o.label}`)
        .join(', ')}.\n`,
  }).text;
}
