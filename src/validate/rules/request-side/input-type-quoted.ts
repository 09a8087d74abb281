/**
 * Rule `input-type-quoted`: an input whose contract type is `integer`, `number` or `boolean`
 * written as the whole content of a JSON string literal of a JSON request body
 * (`"qty": "${input.qty}"`). Genesys renders the requestTemplate as text and sends it as is
 * (genesys-runtime.md §3.6): the remote API receives `"qty": "5"`, a string, where the input
 * contract promises a number or boolean (§9 item 10; oracle, Velocity 2.4.1: the body
 * `{"qty": "${input.qty}", "gift": "${input.gift}"}` with `{"qty": 5, "gift": true}` renders
 * `{"qty": "5", "gift": "true"}`).
 *
 * Only a string that holds nothing but the reference is reported: text around it
 * (`"label": "Qty ${input.qty}"`) builds a string on purpose, and a property name
 * (`{"${input.qty}": …}`) must be a string. `$esc.jsonString(${input.qty})` and other calls
 * are not reported either: they make text deliberately.
 */
import type { RefNode } from '../../../dryrun/velocity/ast.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { isEscapedAt } from './escaped.js';
import { type TemplateLayout, templateLayout } from './layout.js';
import { directInput, placeReferences } from './placement.js';
import type { RequestSide } from './request.js';

/** Contract types whose values JSON writes without quotes. */
const UNQUOTED_TYPES = new Set(['integer', 'number', 'boolean']);

/**
 * True when the reference whose `$` is at `offset` and which ends (exclusive) at `end` is the
 * whole content of a JSON string value: an unescaped `"` right before it, a `"` right after it,
 * and no `:` after that closing quote (which would make the string a property name).
 */
export function fillsWholeString(template: string, offset: number, end: number): boolean {
  if (template[offset - 1] !== '"' || isEscapedAt(template, offset - 1) || template[end] !== '"') return false;
  let i = end + 1;
  while (i < template.length && /\s/.test(template[i] as string)) i++;
  return template[i] !== ':';
}

/** The end offset (exclusive) of a written reference, when the parser recorded it. */
function referenceEnd(layout: TemplateLayout, ref: RefNode): number | undefined {
  return layout.unit.ends.get(ref);
}

/**
 * One warning per integer/number/boolean input written as a whole JSON string of the JSON
 * request body, at its first place (the `$` of the reference); `(N places)` when it is
 * written quoted several times. Nothing for GET (no body is sent) or a non-JSON Content-Type.
 */
export function checkQuotedTypedInputs(ctx: DocumentContext, side: RequestSide): Finding[] {
  const t = side.body;
  if (!t || !side.jsonBody) return [];
  const layout = templateLayout(t.text);
  if (!layout) return [];
  const seen = new Map<string, { offset: number; count: number; type: string }>();
  for (const placed of placeReferences(layout)) {
    if (!placed.inJsonString) continue;
    const node = placed.piece.node;
    const name = directInput(node);
    const prop = name === undefined ? undefined : side.inputs.get(name);
    if (!prop?.type || !UNQUOTED_TYPES.has(prop.type) || (node.path ?? []).length !== 1) continue;
    const end = referenceEnd(layout, node);
    if (end === undefined || !fillsWholeString(t.text, placed.piece.offset, end)) continue;
    const s = seen.get(prop.name);
    if (s) s.count++;
    else seen.set(prop.name, { offset: placed.piece.offset, count: 1, type: prop.type });
  }
  return [...seen].map(([name, { offset, count, type }]) => {
    const article = type === 'integer' ? 'an integer' : `a ${type}`;
    const sample = type === 'boolean' ? 'true' : '5';
    return findingAt(
      'input-type-quoted',
      ctx.file,
      ctx.map,
      { pointer: t.pointer, stringIndex: offset },
      `Input "${name}" is ${article} in inputSchema but requestTemplate writes it inside a JSON string${count > 1 ? ` (${count} places)` : ''}: the API receives a string ("${sample}" rather than ${sample}) where the contract promises ${article}.`,
      { hint: `Write the reference without quotes (\`"${name}": \${input.${name}}\`; guard an optional input with #if), unless the API expects the value as text.` },
    );
  });
}
