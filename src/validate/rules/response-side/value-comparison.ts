/**
 * Rule `translation-value-comparison`: a translation value compared with a string literal in a
 * successTemplate directive — `#if(${status} == "ok")`, `#elseif($status != 'x')`,
 * `#if($status.equals("ok"))`, `#set($b = $status == "ok")` — where the literal is not JSON
 * text. Translation values enter the successTemplate as the JSON text of the resolved value
 * (genesys-runtime.md §5.3): a string arrives with its quotes, a number or boolean as its JSON
 * digits or `true`/`false`. A literal such as `ok`, `""` or `Active` can never equal such a text,
 * so `==`/`.equals` is always false and `!=` always true (§9 item 17).
 *
 * Checked with ../shared/oracle (Velocity 2.4.1, body `{"status":"ok","n":3,"b":true,"z":null}`):
 * `$status == "ok"`, `$status.equals("ok")`, `$status.equalsIgnoreCase("OK")`, `"$status" == "ok"`
 * and `$status == ""` are false; `$status == '"ok"'`, `$status == """ok"""` and
 * `$status.replace('"','') == "ok"` are true. Comparing a number, boolean or null value with its
 * JSON text as a string literal works (`$n == "3"`, `$b == "true"`, `$z == "null"` are true), so
 * a literal that is JSON text is never reported. `.contains("ok")` holds (the quotes do not
 * hide a substring) and is not reported; `.startsWith`/`.endsWith`/`.matches` depend on the
 * value and are not checked. Not reported either: a key the template assigns itself (`#set`,
 * `#foreach`, macro parameter: its value may be plain text), a literal equal to the key's
 * translationMapDefaults text (a non-JSON default is compared on purpose; oracle: default `NF`
 * and `$miss == "NF"` is true), and literals holding `$` or `#` (rendered at run time).
 */
import type { DirectiveNode, ExprNode, RefNode, StringNode } from '../../../dryrun/velocity/ast.js';
import { parseJson } from '../../../dryrun/json/parse.js';
import { decodeStringLiteral } from '../../../dryrun/velocity/literals.js';
import { type TemplateUnit, parseOrUndefined } from '../../../dryrun/velocity/parse.js';
import { allNodes } from '../../../dryrun/velocity/tree.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import type { ResponseAnalysis } from './analysis.js';
import { SUCCESS_TEMPLATE_POINTER, hasKey } from './response-config.js';
import { templateNames } from './template-names.js';

/** One comparison of a translation value with a literal that is not JSON text. */
export interface ValueComparison {
  /** The translationMap key compared. */
  key: string;
  /** Offset of the key reference's `$` in the template. */
  offset: number;
  /** `==`, `!=`, `equals` or `equalsIgnoreCase`. */
  operator: string;
  /** The literal's value (quotes decoded). */
  literal: string;
}

/** String methods that compare the whole text, like `==`. */
const EQUALS_METHODS = new Set(['equals', 'equalsIgnoreCase']);

/** A reference of one name without properties or methods: `$x`, `${x}`, `$!{x}`. */
const BARE_REFERENCE = /^\$!?(?:\{([A-Za-z][\w-]*)\}|([A-Za-z][\w-]*))$/;

/** True when `text` is exactly the JSON text of some value (no surrounding white space). */
export function isJsonText(text: string): boolean {
  if (text.trim() !== text || text === '') return false;
  try {
    parseJson(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The translation key an operand reads as is, and the offset of its `$`: a bare reference
 * (`$x`, `${x}`, `$!{x}`) or an interpolated string holding only one (`"$x"`, `"${x}"`).
 */
function keyOperand(e: ExprNode | undefined, unit: TemplateUnit, keys: (name: string) => boolean): { key: string; offset: number } | undefined {
  if (!e) return undefined;
  if (e.type === 'references') {
    const ref = e as RefNode;
    const at = unit.starts.get(ref);
    return (ref.path ?? []).length === 0 && keys(ref.id) && at !== undefined ? { key: ref.id, offset: unit.base + at } : undefined;
  }
  if (e.type === 'string' && (e as StringNode).isEval) {
    const m = BARE_REFERENCE.exec((e as StringNode).value);
    const key = m?.[1] ?? m?.[2];
    const at = unit.starts.get(e);
    return key !== undefined && keys(key) && at !== undefined ? { key, offset: unit.base + at + 1 } : undefined;
  }
  return undefined;
}

/** The value of a constant string literal; undefined for other operands and for literals holding `$` or `#`. */
function literalOperand(e: ExprNode | undefined): string | undefined {
  if (e?.type !== 'string') return undefined;
  const s = e as StringNode;
  if (s.isEval && /[$#]/.test(s.value)) return undefined;
  return decodeStringLiteral(s.value, s.isEval === true);
}

/** The expressions a directive evaluates: `#if`/`#elseif` conditions and the value of `#set`. */
function directiveExpressions(d: DirectiveNode): ExprNode[] {
  if ((d.type === 'if' || d.type === 'elseif') && d.condition) return [d.condition];
  if (d.type === 'set' && d.equal) return [d.equal[1]];
  return [];
}

/**
 * The comparisons of translation values with literals that are not JSON text, in the
 * directives of `template` (any order); empty when it does not parse.
 * @param isKey true for the translationMap keys the template does not reassign.
 */
export function valueComparisons(template: string, isKey: (name: string) => boolean): ValueComparison[] {
  const unit = parseOrUndefined(template)?.root;
  if (!unit) return [];
  const out: ValueComparison[] = [];
  const work: ExprNode[] = [];
  for (const node of allNodes(unit.items)) if (node.type !== 'references') work.push(...directiveExpressions(node as DirectiveNode));
  while (work.length > 0) {
    const e = work.pop() as ExprNode;
    if (typeof e !== 'object' || e === null) continue;
    if (e.type === 'math') {
      const [a, b] = e.expression;
      if ((e.operator === '==' || e.operator === '!=') && e.expression.length === 2) {
        const pair = keyOperand(a, unit, isKey) ? ([a, b] as const) : ([b, a] as const);
        const operand = keyOperand(pair[0], unit, isKey);
        const literal = literalOperand(pair[1]);
        if (operand && literal !== undefined) out.push({ ...operand, operator: e.operator, literal });
      }
      work.push(...e.expression);
    } else if (e.type === 'references') {
      const ref = e as RefNode;
      const path = ref.path ?? [];
      const call = path[0];
      const at = unit.starts.get(ref);
      if (path.length === 1 && call?.type === 'method' && EQUALS_METHODS.has(call.id) && isKey(ref.id) && at !== undefined && Array.isArray(call.args) && call.args.length === 1) {
        const literal = literalOperand(call.args[0]);
        if (literal !== undefined) out.push({ key: ref.id, offset: unit.base + at, operator: call.id, literal });
      }
      for (const seg of path) if (seg.type === 'method' && Array.isArray(seg.args)) work.push(...seg.args);
    }
  }
  return out;
}

/** The literal as a single-quoted Velocity string holding its JSON text (`'"ok"'`), for hints. */
function quotedForm(literal: string): string {
  return `'${JSON.stringify(literal).replace(/'/g, "''")}'`;
}

/**
 * Reports each comparison of a translation value with a literal that can never be its JSON
 * text, at the `$` of the value's reference.
 */
export function checkValueComparisons(ctx: DocumentContext, analysis: ResponseAnalysis): Finding[] {
  if (!analysis.hasTemplate) return [];
  const { translationMap, translationMapDefaults } = analysis.config;
  const { defined } = templateNames(analysis.template);
  const isKey = (name: string) => hasKey(translationMap, name) && !defined.has(name);
  const found = valueComparisons(analysis.template, isKey)
    .filter((c) => !isJsonText(c.literal) && !(c.operator === 'equalsIgnoreCase' && isJsonText(c.literal.toLowerCase())))
    .filter((c) => !(hasKey(translationMapDefaults, c.key) && translationMapDefaults[c.key] === c.literal))
    .sort((a, b) => a.offset - b.offset);
  return found.map((c) => {
    const method = EQUALS_METHODS.has(c.operator);
    const holds = c.operator === '!=' ? 'always true' : 'always false';
    const what = method ? `$${c.key}.${c.operator}(${JSON.stringify(c.literal)})` : `$${c.key} ${c.operator} ${JSON.stringify(c.literal)}`;
    return findingAt(
      'translation-value-comparison',
      ctx.file,
      ctx.map,
      { pointer: SUCCESS_TEMPLATE_POINTER, stringIndex: c.offset },
      `successTemplate compares translation value $${c.key} with the text ${JSON.stringify(c.literal)}, which is not JSON text: the value is the JSON text of the response value (a string arrives with its quotes), so ${what} is ${holds}.`,
      {
        hint: `Compare with the JSON text, quotes included (${method ? `$${c.key}.${c.operator}(${quotedForm(c.literal)})` : `$${c.key} ${c.operator} ${quotedForm(c.literal)}`}), or strip the quotes first ($${c.key}.replace('"','')), or write \${${c.key}} as a JSON value of the output and let the flow decide.`,
      },
    );
  });
}
