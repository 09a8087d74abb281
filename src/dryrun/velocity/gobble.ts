import type { AstItem, AstNode, DirectiveNode } from './ast.js';

interface Cell {
  arr: AstItem[];
  idx: number;
}

type Event =
  | { k: 'text'; cell: Cell }
  | { k: 'inline' }
  | { k: 'comment'; line: boolean }
  | { k: 'set' }
  | { k: 'line' }
  | { k: 'open'; isIf: boolean }
  | { k: 'else' }
  | { k: 'end' };

const NEWLINE_AT_START = /^[ \t]*(\r\n|\n|\r)/;
const ENDS_WITH_NEWLINE = /(\r\n|\n|\r)$/;

/**
 * Velocity 2.x `space.gobbling = lines` (the default), reproduced from `Parser.jjt`'s
 * prefix/postfix rules on velocityjs's tree (which keeps every whitespace character):
 * - indentation before a directive is dropped when the directive starts its line;
 * - `#set` and line directives (macro calls, `#break`) drop their trailing `[ \t]*newline` when
 *   they started their line;
 * - `#if`/`#else`/`#elseif`/`#foreach`/`#macro` always drop a `[ \t]*newline` right after them;
 * - `#end` drops the indentation before it (at line start) and the newline after it when the
 *   block's opening directive started its line;
 * - `##` comments swallow their newline.
 * Verified against the oracle (Velocity 2.4.1) on the cases in test/dryrun/oracle.
 * Mutates the text strings of `items` in place.
 */
export function applySpaceGobbling(items: AstItem[]): void {
  mergeText(items);
  const events: Event[] = [];
  flatten(items, events);
  run(events);
}

function mergeText(items: AstItem[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (Array.isArray(item)) mergeText(item);
    else if (typeof item === 'string') {
      while (typeof items[i + 1] === 'string') {
        items[i] = (items[i] as string) + (items[i + 1] as string);
        items.splice(i + 1, 1);
      }
    }
  }
}

function flatten(items: AstItem[], out: Event[], from = 0): void {
  for (let i = from; i < items.length; i++) {
    const item = items[i] as AstItem;
    if (typeof item === 'string') out.push({ k: 'text', cell: { arr: items, idx: i } });
    else if (Array.isArray(item)) {
      const head = item[0] as AstNode;
      out.push({ k: 'open', isIf: head.type === 'if' });
      flatten(item, out, 1);
      out.push({ k: 'end' });
    } else {
      out.push(eventOf(item));
    }
  }
}

function eventOf(node: AstNode): Event {
  switch (node.type) {
    case 'references':
    case 'raw':
      return { k: 'inline' };
    case 'comment':
      return { k: 'comment', line: ((node as DirectiveNode).value ?? '').startsWith('##') };
    case 'set':
      return { k: 'set' };
    case 'else':
    case 'elseif':
      return { k: 'else' };
    default:
      return { k: 'line' };
  }
}

function get(c: Cell): string {
  return c.arr[c.idx] as string;
}

function set(c: Cell, s: string): void {
  c.arr[c.idx] = s;
}

function run(events: Event[]): void {
  let after = true;
  const blocks: boolean[] = [];
  /** Per text event: the afterNewline state at its trailing whitespace run. */
  const wsState = new Map<number, boolean>();

  const prefix = (i: number): boolean => {
    const prev = events[i - 1];
    if (prev?.k !== 'text') return after;
    const text = get(prev.cell);
    const ws = /[ \t]*$/.exec(text)?.[0] ?? '';
    const state = wsState.get(i - 1) ?? false;
    if (state) set(prev.cell, text.slice(0, text.length - ws.length));
    return state;
  };
  const postfix = (i: number, allowed: boolean): boolean => {
    const next = events[i + 1];
    if (!allowed || next?.k !== 'text') return false;
    const text = get(next.cell);
    const m = NEWLINE_AT_START.exec(text);
    if (!m) return false;
    set(next.cell, text.slice(m[0].length));
    return true;
  };

  events.forEach((ev, i) => {
    switch (ev.k) {
      case 'text': {
        const text = get(ev.cell);
        if (text === '') {
          wsState.set(i, after);
          return;
        }
        const ws = /[ \t]*$/.exec(text)?.[0] ?? '';
        const rest = text.slice(0, text.length - ws.length);
        wsState.set(i, rest === '' ? after : ENDS_WITH_NEWLINE.test(rest));
        after = ws === '' && ENDS_WITH_NEWLINE.test(rest);
        return;
      }
      case 'inline':
        after = false;
        return;
      case 'comment': {
        if (ev.line) {
          const next = events[i + 1];
          if (next?.k === 'text') set(next.cell, get(next.cell).replace(/^(\r\n|\n|\r)/, ''));
          after = true;
        } else after = false;
        return;
      }
      case 'set':
      case 'line': {
        const nl = prefix(i);
        after = postfix(i, nl);
        return;
      }
      case 'open': {
        const nl = prefix(i);
        const gobbled = postfix(i, true);
        after = gobbled || (ev.isIf && nl);
        blocks.push(nl);
        return;
      }
      case 'else': {
        const prev = events[i - 1];
        const state = prev?.k === 'text' ? prefix(i) || after : after;
        after = postfix(i, true) || state;
        return;
      }
      case 'end': {
        const nl = blocks.pop() ?? false;
        const prev = events[i - 1];
        if (prev?.k === 'text') prefix(i);
        after = postfix(i, nl);
        return;
      }
    }
  });
}
