/**
 * The output structure of a Velocity template as a tree: the text and references it writes, in
 * order, with `#if` branches and `#foreach` bodies as nested blocks. Built on the dry run's
 * parser (dryrun/velocity/parse.ts, Velocity 2.x space gobbling applied), so text pieces are
 * the exact characters Velocity writes. `#set`, comments, `#macro`/`#define` bodies and macro
 * calls write nothing at their place as far as these rules can tell and are left out.
 */
import type { AstItem, DirectiveNode, ExprNode, RefNode } from '../../../dryrun/velocity/ast.js';
import { type TemplateUnit, parseOrUndefined } from '../../../dryrun/velocity/parse.js';

/** Literal template text written as is; `offset` is where it starts in the template (-1: not found). */
export interface TextPiece {
  kind: 'text';
  text: string;
  offset: number;
}

/** A reference written to the output (`$x`, `${input.a}`, `$esc.url(…)`), not escaped with `\`. */
export interface RefPiece {
  kind: 'ref';
  node: RefNode;
  /** Offset of the `$` in the template. */
  offset: number;
}

/** One branch of an `#if` (`#if`, `#elseif` with their condition; `#else` without). */
export interface Branch {
  directive: 'if' | 'elseif' | 'else';
  condition?: ExprNode;
  pieces: Piece[];
}

/** An `#if … #elseif … #else … #end` block. */
export interface IfPiece {
  kind: 'if';
  offset: number;
  branches: Branch[];
}

/** A `#foreach(… in …) … #end` block. */
export interface ForeachPiece {
  kind: 'foreach';
  /** Offset of the `#foreach` directive. */
  offset: number;
  body: Piece[];
}

/** Anything a template writes, in order. */
export type Piece = TextPiece | RefPiece | IfPiece | ForeachPiece;

/** A parsed template's output tree and the unit it came from (for node offsets). */
export interface TemplateLayout {
  text: string;
  pieces: Piece[];
  unit: TemplateUnit;
}

/** The layout of `template`; undefined when it does not parse (rule `template-syntax` reports that). */
export function templateLayout(template: string): TemplateLayout | undefined {
  const unit = parseOrUndefined(template)?.root;
  if (!unit) return undefined;
  const walker = new Walker(template, unit);
  return { text: template, pieces: walker.list(unit.items), unit };
}

class Walker {
  private cursor = 0;
  constructor(
    private readonly template: string,
    private readonly unit: TemplateUnit,
  ) {}

  list(items: AstItem[]): Piece[] {
    const out: Piece[] = [];
    for (const item of items) {
      if (typeof item === 'string') {
        if (item === '') continue;
        const at = this.template.indexOf(item, this.cursor);
        if (at >= 0) this.cursor = at + item.length;
        out.push({ kind: 'text', text: item, offset: at });
        continue;
      }
      if (Array.isArray(item)) {
        const block = this.block(item);
        if (block) out.push(block);
        this.skipEnd();
        continue;
      }
      const node = item as RefNode | DirectiveNode;
      const start = this.unit.starts.get(node);
      const end = this.unit.ends.get(node);
      if (end !== undefined && end > this.cursor) this.cursor = end;
      if (node.type !== 'references') continue;
      const ref = node as RefNode;
      if ((ref.escape ?? 0) % 2 === 1) {
        // `\$x` writes the reference text itself: no quote, no comma.
        out.push({ kind: 'text', text: '$', offset: start ?? -1 });
        continue;
      }
      out.push({ kind: 'ref', node: ref, offset: start ?? 0 });
    }
    return out;
  }

  private block(items: AstItem[]): IfPiece | ForeachPiece | undefined {
    const head = items[0] as DirectiveNode;
    const offset = this.unit.starts.get(head) ?? -1;
    const end = this.unit.ends.get(head);
    if (end !== undefined && end > this.cursor) this.cursor = end;
    if (head.type === 'foreach') return { kind: 'foreach', offset, body: this.list(items.slice(1)) };
    if (head.type !== 'if') return undefined;
    const branches: Branch[] = [];
    let current: Branch = { directive: 'if', ...(head.condition ? { condition: head.condition } : {}), pieces: [] };
    let chunk: AstItem[] = [];
    const flush = () => {
      current.pieces = this.list(chunk);
      branches.push(current);
      chunk = [];
    };
    for (const item of items.slice(1)) {
      if (typeof item === 'object' && !Array.isArray(item) && (item.type === 'elseif' || item.type === 'else')) {
        flush();
        const node = item as DirectiveNode;
        const nodeEnd = this.unit.ends.get(node);
        if (nodeEnd !== undefined && nodeEnd > this.cursor) this.cursor = nodeEnd;
        current = { directive: node.type as 'elseif' | 'else', ...(node.condition ? { condition: node.condition } : {}), pieces: [] };
        continue;
      }
      chunk.push(item);
    }
    flush();
    return { kind: 'if', offset, branches };
  }

  /** Moves the cursor past the `#end` that closes the block just walked. */
  private skipEnd(): void {
    const m = /#\{?end\}?/.exec(this.template.slice(this.cursor));
    if (m) this.cursor += m.index + m[0].length;
  }
}
