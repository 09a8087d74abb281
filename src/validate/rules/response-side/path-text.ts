/**
 * A light lexer over the text of a translationMap path, for rules that must see how the path was
 * written (dot notation vs brackets, a call's parentheses, a JavaScript method) — things the
 * compiled Jayway tokens no longer tell, or that make Jayway's compiler fail. Offsets are
 * positions in the path string, so findings can point inside it.
 */

/** One dot-notation name of a path: `.name`, `..name`, or a leading name of a root-less path. */
export interface DotSegment {
  name: string;
  /** Offset of the `.` (of the name itself for a leading name). */
  start: number;
  /** Offset of the first character of the name. */
  nameStart: number;
  /** Offset just after the name. */
  end: number;
  /** True when the name is followed by `(`: a function call. */
  call: boolean;
  /** True for `..name` (deep scan). */
  scan: boolean;
  /** True inside a filter `[?(…)]`. */
  inFilter: boolean;
}

/** Characters that end a dot-notation name (Jayway stops at space, `.`, `[`, `(`; filters add operators). */
const NAME_END = new Set([' ', '.', '[', ']', '(', ')', '=', '<', '>', '!', '&', '|', ',', "'", '"', '~', '\t', '\n', '\r']);

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && !NAME_END.has(c);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The index after the quoted string that starts at `i` (backslash escapes skipped). */
function skipQuoted(text: string, i: number): number {
  const quote = text[i];
  let p = i + 1;
  while (p < text.length) {
    if (text[p] === '\\') p += 2;
    else if (text[p] === quote) return p + 1;
    else p++;
  }
  return text.length;
}

/** The `n` characters before offset `i` of `text`, skipping the spaces right before `i`. */
function previousSignificant(text: string, i: number, n: number): string {
  let k = i;
  while (k > 0 && text[k - 1] === ' ') k--;
  return text.slice(Math.max(0, k - n), k);
}

/**
 * The dot-notation names of `path`, in order. Quoted strings, `/regex/` literals after `=~` and
 * number literals (`1.5`) are skipped. Linear in the length of `path`; never throws, also on
 * text Jayway rejects.
 */
export function dotSegments(path: string): DotSegment[] {
  const out: DotSegment[] = [];
  const brackets: boolean[] = []; // true for a filter bracket
  let filters = 0; // filter brackets open
  let i = 0;
  const trimmed = path.trimStart();
  const lead = path.length - trimmed.length;
  if (trimmed.length > 0 && trimmed[0] !== '$' && trimmed[0] !== '@' && trimmed[0] !== '[' && trimmed[0] !== '.') {
    // Jayway reads `a.b` as `$.a.b` (genesys-runtime.md §5.2).
    let e = lead;
    while (isNameChar(path[e])) e++;
    if (e > lead) out.push({ name: path.slice(lead, e), start: lead, nameStart: lead, end: e, call: path[e] === '(', scan: false, inFilter: false });
    i = e;
  }
  while (i < path.length) {
    const c = path[i] as string;
    const inFilter = filters > 0;
    if (c === "'" || c === '"') {
      i = skipQuoted(path, i);
      continue;
    }
    if (c === '/' && inFilter && previousSignificant(path, i, 2) === '=~') {
      i = skipQuoted(path, i);
      continue;
    }
    if (c === '[') {
      let k = i + 1;
      while (path[k] === ' ') k++;
      const filter = path[k] === '?';
      brackets.push(filter);
      if (filter) filters++;
      i++;
      continue;
    }
    if (c === ']') {
      if (brackets.pop()) filters--;
      i++;
      continue;
    }
    if (isDigit(c) && !isNameChar(path[i - 1])) {
      // a number literal such as 1.5 or 2e3 in a filter or an index
      i++;
      while (isDigit(path[i]) || path[i] === '.' || path[i] === 'e' || path[i] === 'E') i++;
      continue;
    }
    if (c !== '.') {
      i++;
      continue;
    }
    const scan = path[i + 1] === '.';
    const nameStart = scan ? i + 2 : i + 1;
    let e = nameStart;
    while (isNameChar(path[e])) e++;
    if (e > nameStart && path[nameStart] !== '*') {
      let after = e;
      while (path[after] === ' ') after++;
      out.push({ name: path.slice(nameStart, e), start: i, nameStart, end: e, call: path[after] === '(', scan, inFilter });
    }
    i = Math.max(e, i + 1);
  }
  return out;
}
