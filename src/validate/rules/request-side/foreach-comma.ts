/**
 * Rule `foreach-trailing-comma`: a `#foreach` in a JSON request body writes a `,` after (or
 * before) every item unconditionally, and the list or object closes (opens) right after
 * (before) the loop, so the body has a trailing (leading) comma — invalid JSON whenever the
 * loop runs (genesys-runtime.md §9 item 15; Genesys sends the body as rendered, §3.6). The
 * separator belongs in `#if($foreach.hasNext),#end` (Velocity 1.7 and 2.x). A comma written
 * inside any `#if` counts as guarded.
 */
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { type Piece, templateLayout } from './layout.js';
import type { RequestSide } from './request.js';

/** The first/last character a piece list writes for sure, and where; undefined when unknown. */
interface Edge {
  char: string;
  offset: number;
}

function lastWritten(pieces: Piece[]): Edge | undefined {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i] as Piece;
    if (p.kind === 'if') continue;
    if (p.kind !== 'text') return undefined;
    const trimmed = p.text.trimEnd();
    if (trimmed === '') continue;
    return { char: trimmed[trimmed.length - 1] as string, offset: p.offset < 0 ? -1 : p.offset + trimmed.length - 1 };
  }
  return undefined;
}

function firstWritten(pieces: Piece[]): Edge | undefined {
  for (const p of pieces) {
    if (p.kind === 'if') continue;
    if (p.kind !== 'text') return undefined;
    const lead = p.text.length - p.text.trimStart().length;
    if (lead === p.text.length) continue;
    return { char: p.text[lead] as string, offset: p.offset < 0 ? -1 : p.offset + lead };
  }
  return undefined;
}

/** The first character written after `pieces[i]` in the same list, when it is literal text. */
function nextChar(pieces: Piece[], i: number): string | undefined {
  for (const p of pieces.slice(i + 1)) {
    if (p.kind !== 'text') return undefined;
    const t = p.text.trimStart();
    if (t !== '') return t[0];
  }
  return undefined;
}

/** The last character written before `pieces[i]` in the same list, when it is literal text. */
function previousChar(pieces: Piece[], i: number): string | undefined {
  for (const p of pieces.slice(0, i).reverse()) {
    if (p.kind !== 'text') return undefined;
    const t = p.text.trimEnd();
    if (t !== '') return t[t.length - 1];
  }
  return undefined;
}

/** Every piece list of the layout (top level, branches, loop bodies). */
function allLists(pieces: Piece[]): Piece[][] {
  const out: Piece[][] = [];
  const work = [pieces];
  while (work.length > 0) {
    const list = work.pop() as Piece[];
    out.push(list);
    for (const p of list) {
      if (p.kind === 'foreach') work.push(p.body);
      else if (p.kind === 'if') for (const b of p.branches) work.push(b.pieces);
    }
  }
  return out;
}

/** One finding per `#foreach` of the JSON request body that writes a stray separator. */
export function checkForeachCommas(ctx: DocumentContext, side: RequestSide): Finding[] {
  const t = side.body;
  if (!t || !side.jsonBody) return [];
  const layout = templateLayout(t.text);
  if (!layout) return [];
  const findings: Finding[] = [];
  for (const list of allLists(layout.pieces)) {
    list.forEach((p, i) => {
      if (p.kind !== 'foreach') return;
      const last = lastWritten(p.body);
      const first = firstWritten(p.body);
      const closing = nextChar(list, i);
      const opening = previousChar(list, i);
      let hit: { edge: Edge; what: string } | undefined;
      if (last?.char === ',' && (closing === ']' || closing === '}')) hit = { edge: last, what: `after every item, also the last one, and "${closing}" follows the loop: a trailing comma` };
      else if (first?.char === ',' && (opening === '[' || opening === '{')) hit = { edge: first, what: `before every item, also the first one, right after "${opening}": a leading comma` };
      if (!hit) return;
      findings.push(
        findingAt(
          'foreach-trailing-comma',
          ctx.file,
          ctx.map,
          { pointer: t.pointer, stringIndex: hit.edge.offset >= 0 ? hit.edge.offset : p.offset },
          `The #foreach in requestTemplate writes "," ${hit.what}, so the body is not valid JSON whenever the loop runs.`,
          { hint: 'Write the separator as #if($foreach.hasNext),#end after the item (or #if($foreach.count > 1),#end before it).' },
        ),
      );
    });
  }
  return findings;
}
