/**
 * Location-aware JSON parsing: the parsed value plus a {@link SourceMap} from JSON pointers to
 * line/column, built on `jsonc-parser`'s syntax tree in strict JSON mode (no comments, no
 * trailing commas).
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { SourceMap, SourcePosition, SourceRange } from './types.js';

/** A syntax problem found while parsing, located in the file. */
export interface JsonProblem {
  kind: 'syntax' | 'duplicate-key' | 'bom' | 'empty' | 'too-deep';
  message: string;
  offset: number;
  length: number;
  /** Pointer of the object holding a duplicate key. */
  pointer?: string;
}

/** The outcome of {@link parseJsonSource}. `value` is undefined when the text is not JSON. */
export interface JsonSource {
  value: unknown;
  /** True when `value` holds a parsed document (it may itself be `null`). */
  ok: boolean;
  problems: JsonProblem[];
  map: SourceMap;
}

/** Deepest nesting of arrays/objects read; deeper documents are refused before parsing (parsers recurse). */
export const MAX_DEPTH = 200;

/** Offset of the first `[`/`{` that opens level MAX_DEPTH + 1 (outside strings), if any. */
function firstTooDeep(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      depth--;
    }
  }
  return undefined;
}

/** Escapes one JSON-pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a pointer from reference tokens, e.g. `['config', 'request']` → `/config/request`. */
export function toPointer(tokens: ReadonlyArray<string | number>): string {
  return tokens.map((t) => '/' + escapePointerToken(t)).join('');
}

/** Computes the 0-based offsets at which each line of `text` starts (`\n`, `\r\n`, `\r`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

class TextPositions {
  private readonly starts: number[];
  constructor(text: string) {
    this.starts = lineStarts(text);
  }
  /** 1-based line/column of a 0-based offset. */
  at(offset: number): SourcePosition {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
  range(offset: number, length: number): SourceRange {
    return { start: this.at(offset), end: this.at(offset + length), offset, length };
  }
}

/**
 * Returns the raw offset (into `raw`, the string literal including its quotes) of decoded
 * character `index`. Escapes count as one decoded character (a `\uXXXX` is one UTF-16 unit).
 */
function rawOffsetOfDecodedIndex(raw: string, index: number): number {
  let decoded = 0;
  let i = 1; // skip the opening quote
  while (i < raw.length - 1) {
    if (decoded === index) return i;
    i += raw[i] === '\\' ? (raw[i + 1] === 'u' ? 6 : 2) : 1;
    decoded++;
  }
  return Math.min(i, raw.length - 1);
}

interface Entry {
  value: Node;
  key?: Node;
}

/**
 * Parses `text` as strict JSON (RFC 8259) and maps every value to its place in the text.
 *
 * Never throws. Problems reported: a UTF-8 byte-order mark (stripped, parsing continues),
 * empty content, syntax errors (first one only is usually meaningful; all are returned) and
 * duplicate object keys (the last occurrence wins, as in `JSON.parse`).
 */
export function parseJsonSource(input: string): JsonSource {
  const problems: JsonProblem[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    // Editors do not count the BOM as a column: drop it, so positions match what users see.
    problems.push({ kind: 'bom', message: 'The file starts with a UTF-8 byte-order mark.', offset: 0, length: 0 });
    text = text.slice(1);
  }
  const positions = new TextPositions(text);
  const entries = new Map<string, Entry>();
  if (text.trim() === '') {
    problems.push({ kind: 'empty', message: 'The file is empty.', offset: 0, length: 0 });
    return { value: undefined, ok: false, problems, map: buildMap(text, positions, entries) };
  }
  const deep = firstTooDeep(text);
  if (deep !== undefined) {
    problems.push({ kind: 'too-deep', message: `The JSON nests deeper than ${MAX_DEPTH} levels; data-action definitions never need that.`, offset: deep, length: 1 });
    return { value: undefined, ok: false, problems, map: buildMap(text, positions, entries) };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  for (const e of errors) problems.push({ kind: 'syntax', ...describeParseError(e, text) });
  if (!root || errors.length > 0) {
    return { value: undefined, ok: false, problems, map: buildMap(text, positions, entries) };
  }
  const value = materialise(root, '', entries, problems);
  return { value, ok: true, problems, map: buildMap(text, positions, entries) };
}

/** Turns a jsonc-parser error into a sentence and the place to point at. */
function describeParseError(e: ParseError, text: string): { message: string; offset: number; length: number } {
  const code = printParseErrorCode(e.error);
  const found = text.slice(e.offset, e.offset + Math.max(e.length, 1)).slice(0, 20);
  const words: Record<string, string> = {
    InvalidSymbol: 'Unexpected character',
    InvalidNumberFormat: 'Invalid number',
    PropertyNameExpected: 'Expected a property name in double quotes',
    ValueExpected: 'Expected a value',
    ColonExpected: "Expected ':'",
    CommaExpected: "Expected ','",
    CloseBraceExpected: "Expected '}'",
    CloseBracketExpected: "Expected ']'",
    EndOfFileExpected: 'Unexpected content after the JSON value',
    InvalidCommentToken: 'Comments are not allowed in JSON',
    UnexpectedEndOfComment: 'Comments are not allowed in JSON',
    UnexpectedEndOfString: 'Unterminated string',
    UnexpectedEndOfNumber: 'Unterminated number',
    InvalidUnicode: 'Invalid \\u escape',
    InvalidEscapeCharacter: 'Invalid escape character',
    InvalidCharacter: 'Invalid character in string (control characters must be escaped)',
  };
  const before = text.slice(0, e.offset).trimEnd();
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && before.endsWith(',') && /^[}\]]/.test(text.slice(e.offset))) {
    const message = `Trailing comma before '${text[e.offset]}': JSON does not allow a comma after the last member.`;
    return { message, offset: before.length - 1, length: 1 };
  }
  const base = words[code] ?? code;
  const message = found && e.offset < text.length ? `${base} (found ${JSON.stringify(found)}).` : `${base} (reached the end of the file).`;
  return { message, offset: e.offset, length: e.length };
}

/** Converts the syntax tree to a plain value, recording each node's pointer. */
function materialise(node: Node, pointer: string, entries: Map<string, Entry>, problems: JsonProblem[], key?: Node): unknown {
  entries.set(pointer, { value: node, key });
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = Object.create(null);
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        const name = k.value as string;
        if (seen.has(name)) {
          problems.push({
            kind: 'duplicate-key',
            message: `Duplicate key ${JSON.stringify(name)}: JSON parsers disagree on which value wins (Genesys and JSON.parse keep the last).`,
            offset: k.offset,
            length: k.length,
            pointer,
          });
        }
        seen.add(name);
        out[name] = materialise(v, pointer + '/' + escapePointerToken(name), entries, problems, k);
      }
      // Plain prototype for consumers, built without ever assigning "__proto__" as a setter.
      return Object.fromEntries(Object.entries(out));
    }
    case 'array':
      return (node.children ?? []).map((c, i) => materialise(c, `${pointer}/${i}`, entries, problems));
    default:
      return node.value;
  }
}

function buildMap(text: string, positions: TextPositions, entries: Map<string, Entry>): SourceMap {
  const rangeOf = (n: Node) => positions.range(n.offset, n.length);
  const whole: SourceRange = positions.range(0, text.length);
  return {
    value: (p) => {
      const e = entries.get(p);
      return e ? rangeOf(e.value) : undefined;
    },
    key: (p) => {
      const e = entries.get(p);
      return e?.key ? rangeOf(e.key) : undefined;
    },
    positionInString: (p, index) => {
      const e = entries.get(p);
      if (!e) return undefined;
      if (e.value.type !== 'string') return positions.at(e.value.offset);
      const raw = text.slice(e.value.offset, e.value.offset + e.value.length);
      return positions.at(e.value.offset + rawOffsetOfDecodedIndex(raw, index));
    },
    nearest: (p) => {
      let cur = p;
      for (;;) {
        const e = entries.get(cur);
        if (e) return rangeOf(e.value);
        if (cur === '') return whole;
        cur = cur.slice(0, cur.lastIndexOf('/'));
      }
    },
    positionAt: (offset) => positions.at(offset),
  };
}
