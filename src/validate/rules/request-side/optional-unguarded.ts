/**
 * Rule `optional-input-unguarded`: an optional input (not in `inputSchema.required`) written
 * with `$`/`${}` outside a guard. When the flow leaves the input empty, Velocity writes the
 * reference text itself, so Genesys sends the literal `${input.x}` in the URL, header or body
 * (genesys-runtime.md §3.3, §9 item 9, §11 request-side table). A reference counts as written
 * when it stands in template text, or inside the arguments of a written call such as
 * `$esc.jsonString(${input.x})` — the call then returns null and is written as its own text
 * (oracle, Velocity 2.4.1: `$esc.jsonString($!{input.b})` with `b` absent renders literally).
 * Guarded: a quiet outer reference (`$!{input.x}`, `$!esc.url(…)`), or an enclosing `#if`/
 * `#elseif` whose condition tests the input (`#if($input.x)`, `#if("$!{input.x}" != "")`).
 *
 * Calibration: when inputSchema has no `required` list at all, no input was made optional on
 * purpose — the findings are then `info`, asking to declare `required`; otherwise `warning`.
 * In the 140 corpus files 74 have no such list; they account for 127 of the 160 findings.
 */
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { templateLayout } from './layout.js';
import { argumentInputs, directInput, placeReferences } from './placement.js';
import { type RequestSide, requestTemplates } from './request.js';

/** One finding per template and optional input, at its first unguarded reference. */
export function checkOptionalInputs(ctx: DocumentContext, side: RequestSide): Finding[] {
  const findings: Finding[] = [];
  for (const t of requestTemplates(side)) {
    const layout = templateLayout(t.text);
    if (!layout) continue;
    const seen = new Map<string, { offset: number; count: number; call?: string }>();
    for (const placed of placeReferences(layout)) {
      const node = placed.piece.node;
      if (node.leader === '$!') continue;
      const direct = directInput(node);
      const call = outerCall(node);
      const reads = [
        ...(direct !== undefined ? [{ name: direct, offset: placed.piece.offset, call: undefined }] : []),
        // An input passed to a written call: the call's own text is what Genesys sends, so the
        // finding points at the call.
        ...argumentInputs(node, layout.unit.starts).map((r) => ({ name: r.name, offset: placed.piece.offset, call })),
      ];
      for (const { name, offset, call: via } of reads) {
        const prop = side.inputs.get(name);
        if (!prop || prop.required || placed.guards.has(name)) continue;
        const s = seen.get(name);
        if (s) s.count++;
        else seen.set(name, { offset, count: 1, ...(via ? { call: via } : {}) });
      }
    }
    for (const [name, { offset, count, call }] of seen) {
      const places = count > 1 ? ` (${count} places)` : '';
      const message = call
        ? `Optional input "${name}" is passed to ${call}(…) in ${t.name}${places} without an #if guard: when the flow leaves it empty, the call gives null and Genesys sends the call's own text.`
        : `Optional input "${name}" is written in ${t.name}${places} without $! or an #if guard: when the flow leaves it empty, Genesys sends the literal text \${input.${name}}.`;
      const fix = call
        ? `Make the call quiet ($!${call.slice(1)}(…)), wrap it in #if("$!{input.${name}}" != "") … #end, or list "${name}" in inputSchema.required.`
        : `Write $!{input.${name}}, wrap it in #if("$!{input.${name}}" != "") … #end, or list "${name}" in inputSchema.required.`;
      findings.push(
        findingAt(
          'optional-input-unguarded',
          ctx.file,
          ctx.map,
          { pointer: t.pointer, stringIndex: offset },
          message,
          {
            hint: side.declaresRequired
              ? fix
              : `inputSchema has no "required" list, so every input is optional: list the inputs the flow always passes in inputSchema.required, and guard the others with $! or #if.`,
            ...(side.declaresRequired ? {} : { severity: 'info' as const }),
          },
        ),
      );
    }
  }
  return findings;
}

/** `$esc.url` for `$esc.url(…)`: the reference up to its first method call, or undefined. */
function outerCall(node: { id: string; path?: Array<{ type: string; id?: unknown }> }): string | undefined {
  const parts = [node.id];
  for (const seg of node.path ?? []) {
    if (seg.type === 'property' && typeof seg.id === 'string') parts.push(seg.id);
    else if (seg.type === 'method' && typeof seg.id === 'string') return `$${[...parts, seg.id].join('.')}`;
    else return undefined;
  }
  return undefined;
}
