/**
 * Builds located findings: a rule id, a message and a JSON pointer become a {@link Finding}
 * with file, line and column taken from the file's source map.
 */
import type { SourceMap, SourceRange } from '../definitions/types.js';
import type { Finding, Severity } from './finding.js';
import { rule } from './catalogue/index.js';

/** Where in the file a finding should point. */
export interface FindingTarget {
  /** The offending value's pointer. Missing pointers resolve to the nearest existing ancestor. */
  pointer?: string;
  /** Point at the member name rather than the value (useful for "unknown key" findings). */
  atKey?: boolean;
  /** Point at character `index` inside the string value at `pointer` (template positions). */
  stringIndex?: number;
  /** Raw file offset and length, for findings not tied to a pointer (syntax errors). */
  offset?: { offset: number; length: number };
}

/** Optional fields of a finding beyond rule, message and place. */
export interface FindingExtras {
  hint?: string;
  severity?: Severity;
}

function rangeFor(map: SourceMap, target: FindingTarget): SourceRange | undefined {
  if (target.offset) {
    const start = map.positionAt(target.offset.offset);
    const end = map.positionAt(target.offset.offset + Math.max(target.offset.length, 0));
    return { start, end, offset: target.offset.offset, length: target.offset.length };
  }
  if (target.pointer === undefined) return undefined;
  if (target.atKey) {
    const key = map.key(target.pointer);
    if (key) return key;
  }
  if (target.stringIndex !== undefined) {
    const pos = map.positionInString(target.pointer, target.stringIndex);
    if (pos) return { start: pos, end: pos, offset: 0, length: 0 };
  }
  return map.value(target.pointer) ?? map.nearest(target.pointer);
}

/**
 * Creates a finding for `ruleId` at `target` in `file`, with the rule's default severity unless
 * overridden. The end position is kept only when it is on the start line (annotations allow
 * columns only within one line).
 */
export function findingAt(
  ruleId: string,
  file: string,
  map: SourceMap | undefined,
  target: FindingTarget,
  message: string,
  extras: FindingExtras = {},
): Finding {
  const finding: Finding = { ruleId, severity: extras.severity ?? rule(ruleId).severity, message, file };
  if (extras.hint) finding.hint = extras.hint;
  if (target.pointer !== undefined) finding.pointer = target.pointer;
  const range = map ? rangeFor(map, target) : undefined;
  if (range) {
    finding.line = range.start.line;
    finding.column = range.start.column;
    if (range.end.line === range.start.line && range.end.column > range.start.column) {
      finding.endLine = range.end.line;
      finding.endColumn = range.end.column;
    }
  } else {
    finding.line = 1;
    finding.column = 1;
  }
  return finding;
}
