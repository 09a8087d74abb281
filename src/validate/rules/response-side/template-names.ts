/**
 * Names a Velocity template defines for itself, and the references strict mode tolerates, for
 * rule `success-reference-unknown` (genesys-runtime.md §3.3, §5.5). Checked with the oracle
 * (Velocity 2.4.1, `runtime.references.strict=true`): `#set($x = …)`, the `#foreach` variable,
 * `$foreach` and macro parameters are defined; a reference that is the whole condition of
 * `#if`/`#elseif` or a plain boolean operand of it (`#if($x)`, `#if(!$x)`, `#if(($x))`,
 * `#if($x && $y)`) does not fail when undefined; any other use does (`#if($x == 1)`,
 * `#if($x.y)`, `$!{x}`, `\${x}` included).
 */
import type { DirectiveNode, ExprNode, RefNode } from '../../../dryrun/velocity/ast.js';
import { parseOrUndefined } from '../../../dryrun/velocity/parse.js';
import { allNodes } from '../../../dryrun/velocity/tree.js';

/** What a template defines and tolerates. */
export interface TemplateNames {
  /** Variables the template sets: #set targets, #foreach variables, macro parameters. */
  defined: Set<string>;
  /** Offsets (of the `$`) of references strict mode tolerates when undefined. */
  tolerated: Set<number>;
}

const LOGICAL = new Set(['not', '!', 'and', '&&', 'or', '||', 'parenthesis']);

/** References used as plain boolean operands of a condition (`$x`, `!$x`, `($x)`, `$x && $y`). */
function booleanOperands(e: ExprNode | undefined, out: RefNode[]): RefNode[] {
  if (!e) return out;
  if (e.type === 'references' && ((e as RefNode).path ?? []).length === 0) out.push(e as RefNode);
  else if (e.type === 'math' && LOGICAL.has(e.operator)) for (const x of e.expression) booleanOperands(x, out);
  return out;
}

/** The names `template` defines and the references it tolerates; empty sets when it does not parse. */
export function templateNames(template: string): TemplateNames {
  const names: TemplateNames = { defined: new Set(), tolerated: new Set() };
  const unit = parseOrUndefined(template)?.root;
  if (!unit) return names;
  for (const item of allNodes(unit.items)) {
    const d = item as DirectiveNode;
    if (d.type === 'set' && d.equal && (d.equal[0].path ?? []).length === 0) names.defined.add(d.equal[0].id);
    if (d.type === 'foreach' && d.to) names.defined.add(d.to.replace(/^\$!?\{?|\}$/g, ''));
    if (d.type === 'macro' && Array.isArray(d.args)) for (const a of d.args) if (a.type === 'references') names.defined.add((a as RefNode).id);
    if (d.type === 'if' || d.type === 'elseif') {
      for (const ref of booleanOperands(d.condition, [])) {
        const at = unit.starts.get(ref);
        if (at !== undefined) names.tolerated.add(unit.base + at);
      }
    }
  }
  return names;
}
