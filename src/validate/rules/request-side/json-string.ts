/**
 * Rule `json-string-unescaped`: a text input (type `string`, or no type) written inside a JSON
 * string literal of a JSON request body without `$esc.jsonString`/`$esc.jsonEncode`. Genesys
 * sends the rendered body as is (genesys-runtime.md §3.6): a `"`, `\` or line break in the
 * value ends the string early or makes it invalid, and the remote side answers 400
 * (§9 item 7; §11: `{"n": "${input.note}"}` with `He said "hi"` → `{"n": "He said "hi""}`).
 * Help article "Velocity macros for data actions" recommends `$esc.jsonString` for strings
 * embedded in JSON bodies.
 */
import type { RefNode } from '../../../dryrun/velocity/ast.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { templateLayout } from './layout.js';
import { directInput, placeReferences } from './placement.js';
import { isIdentifierName } from './names.js';
import { type InputProperty, type RequestSide, isTextInput } from './request.js';

/** String methods that keep `"`, `\` and line breaks of the value. */
const PASS_THROUGH = new Set(['trim', 'strip', 'toString', 'toLowerCase', 'toUpperCase']);

/** Characters that break a JSON string literal when written unescaped. */
const UNSAFE = /["\\\u0000-\u001f]/;

/**
 * True when the input can carry a `"`, `\` or control character: text, not an identifier
 * (names.ts), without an enum of safe values.
 */
export function mayBreakJsonString(prop: InputProperty): boolean {
  if (!isTextInput(prop) || isIdentifierName(prop.name)) return false;
  if (prop.enumValues) return prop.enumValues.some((v) => typeof v !== 'string' || UNSAFE.test(v));
  return true;
}

/** True when the reference writes the input's text as is (`${input.x}`, `$!input.x.trim()`). */
function writesRawValue(ref: RefNode): boolean {
  const rest = (ref.path ?? []).slice(1);
  return rest.every((seg) => seg.type === 'method' && PASS_THROUGH.has(seg.id) && (!Array.isArray(seg.args) || seg.args.length === 0));
}

/** One finding per input written raw inside a JSON string of the request body, at its first place. */
export function checkJsonStrings(ctx: DocumentContext, side: RequestSide): Finding[] {
  const t = side.body;
  if (!t || !side.jsonBody) return [];
  const layout = templateLayout(t.text);
  if (!layout) return [];
  const seen = new Map<string, { offset: number; count: number }>();
  for (const placed of placeReferences(layout)) {
    if (!placed.inJsonString) continue;
    const node = placed.piece.node;
    const name = directInput(node);
    const prop = name === undefined ? undefined : side.inputs.get(name);
    if (!prop || !mayBreakJsonString(prop) || !writesRawValue(node)) continue;
    const s = seen.get(prop.name);
    if (s) s.count++;
    else seen.set(prop.name, { offset: placed.piece.offset, count: 1 });
  }
  return [...seen].map(([name, { offset, count }]) =>
    findingAt(
      'json-string-unescaped',
      ctx.file,
      ctx.map,
      { pointer: t.pointer, stringIndex: offset },
      `Input "${name}" is written inside a JSON string of requestTemplate${count > 1 ? ` (${count} places)` : ''} without escaping: a value with a double quote, backslash or line break makes the request body invalid JSON.`,
      { hint: `Write "$esc.jsonString(\${input.${name}})" (keep the surrounding quotes).` },
    ),
  );
}
