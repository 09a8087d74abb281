/**
 * Static view of the references of a Velocity template, for the template rules: which variable
 * and properties each `$…` reference names, where it is (offset in the template string, for
 * located findings), whether its value is written to the output or used inside an expression,
 * and inside which method calls and directives it sits. Built on the dry run's parser
 * (velocityjs + Velocity 2.x corrections, dryrun/velocity/parse.ts), so it sees the template
 * exactly as the dry run does; interpolated string literals (`"$!{input.x}"`) are parsed too.
 */
import type { AstItem, DirectiveNode, ExprNode, RefNode, StringNode } from '../dryrun/velocity/ast.js';
import { TemplateSyntaxError } from '../dryrun/velocity/errors.js';
import { type TemplateUnit, parseFragment, parseOrUndefined } from '../dryrun/velocity/parse.js';
import { allNodes } from '../dryrun/velocity/tree.js';

/** One reference of a template. */
export interface TemplateReference {
  /** The variable: `input` for `${input.x}`, `esc` for `$esc.url(…)`. */
  root: string;
  /** The property names right after the variable, up to the first method call or index. */
  properties: string[];
  /** The method called right after those properties, if any (`url` for `$esc.url(…)`). */
  method?: string;
  /** Offset of the `$` in the template string (decoded characters). */
  offset: number;
  /** `$!x` / `$!{x}`: renders nothing when null. */
  quiet: boolean;
  /**
   * True when the reference's value is written to the output: it stands in template text, not
   * inside a directive's expression or a method argument (it may be inside an interpolated
   * string literal that is itself written out only through its enclosing expression: then false).
   */
  rendered: boolean;
  /** Enclosing method calls, outermost first, as `root.method` (`esc.jsonString`, `input.x.replace`). */
  calls: string[];
  /** The directive whose expression holds the reference, if any. */
  directive?: DirectiveNode['type'];
  /** True inside an interpolated string literal (`"…"`). */
  inStringLiteral: boolean;
  /** True for the variable a `#set` assigns (`$x` of `#set($x = …)`). */
  assigned?: true;
}

interface Scope {
  rendered: boolean;
  calls: string[];
  directive?: DirectiveNode['type'];
  inStringLiteral: boolean;
}

/** Template pieces still to walk: the template, and interpolated string literals found in it. */
type Units = Array<{ unit: TemplateUnit; items: AstItem[]; scope: Scope }>;

/**
 * The references of `template`, in an unspecified order; an empty list when the template does
 * not parse (rule `template-syntax` reports that).
 */
export function templateReferences(template: string): TemplateReference[] {
  const root = parseOrUndefined(template)?.root;
  if (!root) return [];
  const out: TemplateReference[] = [];
  const units: Units = [{ unit: root, items: root.items, scope: { rendered: true, calls: [], inStringLiteral: false } }];
  while (units.length > 0) {
    const { unit, items, scope } = units.pop() as Units[number];
    for (const item of allNodes(items)) {
      if (item.type === 'references') {
        visitExpression(unit, item as RefNode, scope, out, units);
        continue;
      }
      const d = item as DirectiveNode;
      const inner: Scope = { rendered: false, calls: scope.calls, directive: d.type, inStringLiteral: scope.inStringLiteral };
      const exprs: ExprNode[] = [];
      if (d.condition) exprs.push(d.condition);
      if (d.from) exprs.push(d.from);
      if (d.equal) {
        const before = out.length;
        visitExpression(unit, d.equal[0], inner, out, units);
        if (out[before]) out[before].assigned = true;
        exprs.push(d.equal[1]);
      }
      if (Array.isArray(d.args)) exprs.push(...d.args);
      for (const e of exprs) visitExpression(unit, e, inner, out, units);
    }
  }
  return out;
}

function visitExpression(unit: TemplateUnit, first: ExprNode, firstScope: Scope, out: TemplateReference[], units: Units): void {
  const work: Array<{ e: ExprNode | string | number; scope: Scope }> = [{ e: first, scope: firstScope }];
  while (work.length > 0) {
    const { e, scope } = work.pop() as (typeof work)[number];
    if (typeof e !== 'object' || e === null) continue;
    switch (e.type) {
      case 'references': {
        const ref = e as RefNode;
        const path = ref.path ?? [];
        const properties: string[] = [];
        let k = 0;
        for (; k < path.length && path[k]?.type === 'property'; k++) properties.push((path[k] as { id: string }).id);
        const next = path[k];
        const rel = unit.starts.get(ref);
        out.push({
          root: ref.id,
          properties,
          ...(next?.type === 'method' ? { method: next.id } : {}),
          offset: unit.base + (rel ?? 0),
          quiet: ref.leader === '$!',
          rendered: scope.rendered,
          calls: scope.calls,
          ...(scope.directive ? { directive: scope.directive } : {}),
          inStringLiteral: scope.inStringLiteral,
        });
        const prefix = [ref.id];
        for (const seg of path) {
          if (seg.type === 'property') prefix.push(seg.id);
          else if (seg.type === 'method') {
            const argScope: Scope = { ...scope, rendered: false, calls: [...scope.calls, `${prefix.join('.')}.${seg.id}`] };
            for (const a of Array.isArray(seg.args) ? seg.args : []) work.push({ e: a, scope: argScope });
            prefix.push(seg.id);
          } else work.push({ e: seg.id, scope: { ...scope, rendered: false } });
        }
        break;
      }
      case 'string': {
        const s = e as StringNode;
        const at = unit.starts.get(s);
        if (!s.isEval || at === undefined || !s.value.includes('$')) break;
        try {
          const fragment = parseFragment(s.value, unit.base + at + 1);
          units.push({ unit: fragment, items: fragment.items, scope: { ...scope, rendered: false, inStringLiteral: true } });
        } catch (err) {
          if (!(err instanceof TemplateSyntaxError)) throw err;
        }
        break;
      }
      case 'math':
        for (const x of e.expression) work.push({ e: x, scope });
        break;
      case 'array':
        for (const x of e.value ?? []) work.push({ e: x, scope });
        break;
      case 'map':
        for (const x of Object.values(e.value ?? {})) work.push({ e: x, scope });
        break;
      default:
        break;
    }
  }
}
