/**
 * File/line annotations from findings, within GitHub's per-step cap: 10 error, 10 warning and
 * 10 notice annotations per step, the rest silently dropped by the runner
 * (github-action-conventions.md §2.3, §6.7). Main passes each to `core.error/warning/notice`
 * and reports the overflow as one notice (`overflowNotice`); the job summary lists every finding.
 */
import { sortFindings, type Finding } from '../validate/finding.js';

/** One annotation, shaped like `@actions/core`'s `AnnotationProperties` plus kind and message. */
export interface Annotation {
  kind: 'error' | 'warning' | 'notice';
  /** The finding's message, with its hint on a second line. */
  message: string;
  /** The rule id. */
  title: string;
  /** Repository-relative path. */
  file: string;
  /** 1-based; 1 when the finding has no position (the file as a whole). */
  startLine: number;
  /** Only when the annotation starts and ends on one line (§2.3). */
  startColumn?: number;
  endLine?: number;
  /** Only when the annotation starts and ends on one line (§2.3). */
  endColumn?: number;
}

/** GitHub's per-step cap for each annotation kind (§2.3). */
export const ANNOTATIONS_PER_KIND = 10;

const KIND: Record<Finding['severity'], Annotation['kind']> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Picks the annotations to emit: findings sorted by severity then file, line and column, at most
 * `perKind` of each kind (`info` → `notice`). Columns are set only when the finding starts and
 * ends on the same line; `endLine` only when it differs from `startLine`. `overflow` counts the
 * findings left out.
 */
export function selectAnnotations(
  findings: readonly Finding[],
  options: { perKind: number } = { perKind: ANNOTATIONS_PER_KIND },
): { annotations: Annotation[]; overflow: number } {
  const taken: Record<Annotation['kind'], number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const finding of sortFindings(findings)) {
    const kind = KIND[finding.severity];
    if (taken[kind] >= options.perKind) continue;
    taken[kind] += 1;
    annotations.push(toAnnotation(finding, kind));
  }
  return { annotations, overflow: findings.length - annotations.length };
}

function toAnnotation(finding: Finding, kind: Annotation['kind']): Annotation {
  const startLine = finding.line ?? 1;
  const endLine = finding.endLine ?? startLine;
  const annotation: Annotation = {
    kind,
    message: finding.hint ? `${finding.message}\nHint: ${finding.hint}` : finding.message,
    title: finding.ruleId,
    file: finding.file,
    startLine,
  };
  if (endLine !== startLine) {
    annotation.endLine = endLine;
  } else if (finding.line !== undefined && finding.column !== undefined) {
    annotation.startColumn = finding.column;
    if (finding.endColumn !== undefined) annotation.endColumn = finding.endColumn;
  }
  return annotation;
}

/** The text of the single notice that stands for the findings past the cap. */
export function overflowNotice(overflow: number): string {
  return `${overflow} more ${overflow === 1 ? 'finding' : 'findings'}, see the job summary`;
}
