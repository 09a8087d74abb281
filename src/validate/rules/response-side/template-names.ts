/**
 * Names a Velocity template defines for itself, and the references strict mode tolerates, for
 * rule `success-reference-unknown` (genesys-runtime.md §3.3, §5.5). Checked with the oracle
 * (Velocity 2.4.1, `runtime.references.strict=true`): `#set($x = …)`, the `#foreach` variable,
 * `$foreach` and macro parameters are defined; a reference that is the whole condition of
 * `#if`/`#elseif` or a plain boolean operand of it (`#if($x)`, `#if(!$x)`, `#if(($x))`,
 * `#if($x && $y)`) does not fail when undefined; any other use does (`#if($x == 1)`,
 * `#if($x.y)`, `$!{x}`, `\${x}` included).
 */
import type { AstItem, DirectiveNode, ExprNode, RefNode } from '../../../dryrun/velocity/ast.js';
import { TemplateSyntaxError } from '../../../dryrun/velocity/errors.js';
import { type TemplateUnit, parseTemplate } from '../../../dryrun/velocity/parse.js';

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
  let unit: TemplateUnit;
  try {
    unit = parseTemplate(template).root;
  } catch (e) {
    if (e instanceof TemplateSyntaxError) return names;
    throw e;
  }
  const lists: AstItem[][] = [unit.items];
  while (lists.length > 0) {
    for (const item of lists.pop() as AstItem[]) {
      if (typeof item === 'string') continue;
      if (Array.isArray(item)) {
        lists.push(item);
        continue;
      }
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
  }
  return names;
}
