/**
 * The JSON report file: a stable, versioned document of the whole run for `workflow_run`
 * chaining (a fork PR's read-only run uploads it; a trusted workflow comments from it,
 * github-action-conventions.md §3.3, §6.2 `report-path`). It never holds secrets: credential
 * members, credential-like headers and `ctx.redact` values are replaced with `***` (redact.ts).
 */
import type { Finding } from '../validate/finding.js';
import { TOOL_NAME } from './labels.js';
import { redactDeep } from './redact.js';
import type { ActionReport, FailureReason, Mode, ReportContext, RunCounts, RunReport } from './types.js';

/** Version of the document shape; bumped only on incompatible changes. */
export const JSON_REPORT_SCHEMA_VERSION = 1;

/**
 * The JSON report. Every top-level key is always present (absent values are `null`), in this
 * order; `actions`, `findings`, `orphans` keep the run report's shapes.
 */
export interface JsonReport {
  schemaVersion: typeof JSON_REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string | null };
  mode: Mode;
  result: RunReport['result'];
  failureReason: FailureReason | null;
  hasChanges: boolean;
  environment: string | null;
  region: string | null;
  repository: string | null;
  sha: string | null;
  runUrl: string | null;
  /** ISO 8601 start time. */
  startedAt: string;
  /** Milliseconds. */
  durationMs: number;
  counts: RunCounts;
  actions: ActionReport[];
  findings: Finding[];
  orphans: RunReport['orphans'];
  errors: string[];
  notices: string[];
}

/**
 * Builds the JSON report of a run (a plain object; serialise with `JSON.stringify`). Secrets are
 * redacted from every part, including dry-run traces (rendered headers, URLs, response bodies).
 */
export function toJsonReport(report: RunReport, ctx: ReportContext): JsonReport {
  const r = redactDeep(report, ctx.redact ?? []);
  return {
    schemaVersion: JSON_REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: ctx.version ?? null },
    mode: r.mode,
    result: r.result,
    failureReason: r.failureReason ?? null,
    hasChanges: r.hasChanges,
    environment: ctx.environment ?? null,
    region: r.region ?? null,
    repository: ctx.repository ?? null,
    sha: ctx.sha ?? null,
    runUrl: ctx.runUrl ?? null,
    startedAt: r.startedAt,
    durationMs: r.durationMs,
    counts: { ...r.counts },
    actions: r.actions,
    findings: r.findings,
    orphans: r.orphans,
    errors: r.errors,
    notices: r.notices,
  };
}
