/**
 * Rule `first-from-array-no-default`: `$successTemplateUtils.firstFromArray(${x})` without a
 * default argument, written as a JSON property value (or the whole output) of the
 * successTemplate, where translationMap `x` is an indefinite path (filter, wildcard, deep scan,
 * slice, union: path-shape.ts). Jayway returns an empty array when nothing matches
 * (genesys-runtime.md §5.2), and firstFromArray of an empty array without a default writes
 * nothing (§5.6, oracle policy "firstFromArray"), so the output reads `{"a": , …}` and step 10
 * fails on invalid JSON. Oracle check: corpus purplenet__Get-Schedule-Details.json with the
 * response `{"entities": []}` fails step 10 with "Rendered text is not valid JSON: Unexpected
 * character ',' (code 44): expected a JSON value at line 1, column 19".
 *
 * Not reported: a call with a second argument (whatever it is), inside a JSON string (renders
 * `""`, valid) or an array (`[…]` renders `[]`, valid when it is the only element), a call
 * whose value is not written where a property value goes (method argument, `#set`), and
 * definite paths (a missing value makes the read fail first; an empty array is possible but
 * not predictable).
 */
import type { RefNode } from '../../../dryrun/velocity/ast.js';
import { parseOrUndefined } from '../../../dryrun/velocity/parse.js';
import { allNodes } from '../../../dryrun/velocity/tree.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { type ResponseAnalysis, slotContract } from './analysis.js';
import type { JsonKind } from './json-shape.js';
import { SUCCESS_TEMPLATE_POINTER } from './response-config.js';
import type { Slot } from './success-slots.js';

/**
 * The default argument to suggest for a contract type, as Velocity source of the second
 * argument and what it writes: the corpus idiom `"$esc.quote$esc.quote"` (an empty string,
 * genesys-runtime.md §5.5) for strings, `"0"` for numbers, else the type's empty JSON value.
 */
export function defaultArgumentFor(types: readonly JsonKind[] | undefined): { argument: string; writes: string } {
  const t = types?.find((x) => x !== 'null') ?? 'null';
  switch (t) {
    case 'string':
      return { argument: '"$esc.quote$esc.quote"', writes: '"" (an empty string)' };
    case 'integer':
    case 'number':
      return { argument: '"0"', writes: '0' };
    case 'boolean':
      return { argument: '"false"', writes: 'false' };
    case 'array':
      return { argument: '"[]"', writes: '[]' };
    case 'object':
      return { argument: '"{}"', writes: '{}' };
    default:
      return { argument: '"null"', writes: 'null' };
  }
}

/** Offsets (of the `$`) of the template's `successTemplateUtils.firstFromArray` calls → their number of arguments. */
function firstFromArrayArgumentCounts(template: string): Map<number, number> {
  const out = new Map<number, number>();
  const unit = parseOrUndefined(template)?.root;
  if (!unit) return out;
  for (const node of allNodes(unit.items)) {
    if (node.type !== 'references') continue;
    const ref = node as RefNode;
    const call = ref.path?.[0];
    const at = unit.starts.get(ref);
    if (ref.id !== 'successTemplateUtils' || call?.type !== 'method' || call.id !== 'firstFromArray' || at === undefined) continue;
    out.set(unit.base + at, Array.isArray(call.args) ? call.args.length : 0);
  }
  return out;
}

/** True when a slot is a JSON property value or the whole output (not an array element, not in a string). */
function isPropertyValue(slot: Slot): boolean {
  if (slot.quoted || slot.role !== 'value' || !slot.path) return false;
  const last = slot.path[slot.path.length - 1];
  return last === undefined || typeof last === 'string';
}

/** Reports each default-less firstFromArray of an indefinite path in JSON value position, at the call's `$`. */
export function checkFirstFromArrayDefaults(ctx: DocumentContext, analysis: ResponseAnalysis): Finding[] {
  if (!analysis.hasTemplate) return [];
  const counts = firstFromArrayArgumentCounts(analysis.template);
  const findings: Finding[] = [];
  for (const slot of analysis.slots) {
    const v = slot.value;
    if (v.kind !== 'first' || v.key === undefined || counts.get(slot.offset) !== 1 || !isPropertyValue(slot)) continue;
    const facts = analysis.facts.get(v.key);
    if (!facts?.indefinite) continue;
    const suggestion = defaultArgumentFor(slotContract(analysis, slot)?.types);
    findings.push(
      findingAt(
        'first-from-array-no-default',
        ctx.file,
        ctx.map,
        { pointer: SUCCESS_TEMPLATE_POINTER, stringIndex: slot.offset },
        `successTemplateUtils.firstFromArray(…) of "${v.key}" has no default, but translationMap "${v.key}" is an indefinite path (${facts.indefiniteBecause ?? 'not definite'}) that gives an empty array when nothing matches: firstFromArray then writes nothing and the output is invalid JSON (step 10 fails).`,
        { hint: `Pass a default as second argument, the JSON text to write when the array is empty: \${successTemplateUtils.firstFromArray("\${${v.key}}", ${suggestion.argument})} writes ${suggestion.writes}.` },
      ),
    );
  }
  return findings;
}
