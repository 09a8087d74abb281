/**
 * A finding is one problem (or note) about one place in one file. Every stage that can reject
 * user input reports findings in this shape, so they can all be annotated at file/line/column.
 */

/** How bad a finding is. `error` blocks deployment of the definition it concerns. */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable rule id, e.g. `json-syntax`, `structure`, `request-type`. */
  ruleId: string;
  severity: Severity;
  /** One sentence saying what is wrong, in the user's terms. */
  message: string;
  /** How to fix it, when there is a clear fix. */
  hint?: string;
  /** Repository-relative path with forward slashes. */
  file: string;
  /** RFC 6901 pointer of the offending value, when the finding concerns one. */
  pointer?: string;
  /** 1-based position; absent only when the file itself cannot be read. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts findings by severity, then file, then line and column. Returns a new array. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** True when any finding has severity `error`. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
