/**
 * The character layout of one reference in template text (`$a.b(1).c[0]`): where its name,
 * each property/method name and the whole reference start and end. Used to put Velocity's
 * error columns on the right identifier and to split references at a hyphen.
 */
export interface ReferenceLayout {
  start: number;
  /** Offset of the root identifier (after `$`, `!`, `{`). */
  idStart: number;
  idEnd: number;
  wrapped: boolean;
  segments: { kind: 'property' | 'method' | 'index'; nameStart: number; nameEnd: number; end: number }[];
  end: number;
}

const IDENT = /[A-Za-z0-9_-]/;

/** Offset just past the bracket group opening at `i` (`(` or `[`), skipping quoted strings. */
function skipGroup(text: string, i: number): number {
  const open = text[i];
  const close = open === '(' ? ')' : ']';
  let depth = 0;
  for (let k = i; k < text.length; k++) {
    const c = text[k];
    if (c === '"' || c === "'") {
      const q = text.indexOf(c, k + 1);
      if (q === -1) return text.length;
      k = q;
      continue;
    }
    if (c === open) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return k + 1;
    }
  }
  return text.length;
}

/** Scans the reference starting with `$` at `start`; best effort on malformed text. */
export function scanReference(text: string, start: number): ReferenceLayout {
  let i = start + 1;
  if (text[i] === '!') i++;
  const wrapped = text[i] === '{';
  if (wrapped) i++;
  const idStart = i;
  while (i < text.length && IDENT.test(text[i] as string)) i++;
  const idEnd = i;
  const segments: ReferenceLayout['segments'] = [];
  for (;;) {
    if (text[i] === '[') {
      const end = skipGroup(text, i);
      segments.push({ kind: 'index', nameStart: i, nameEnd: i, end });
      i = end;
      continue;
    }
    if (text[i] === '.' && /[A-Za-z_]/.test(text[i + 1] ?? '')) {
      const nameStart = i + 1;
      let k = nameStart;
      while (k < text.length && IDENT.test(text[k] as string)) k++;
      if (text[k] === '(') {
        const end = skipGroup(text, k);
        segments.push({ kind: 'method', nameStart, nameEnd: k, end });
        i = end;
      } else {
        segments.push({ kind: 'property', nameStart, nameEnd: k, end: k });
        i = k;
      }
      continue;
    }
    break;
  }
  if (wrapped) {
    const close = text.indexOf('}', i);
    i = close === -1 ? i : close + 1;
  }
  return { start, idStart, idEnd, wrapped, segments, end: i };
}
