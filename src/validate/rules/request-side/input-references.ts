/**
 * Rules `input-reference-unknown` and `input-reference-case`: every `$input.x` of a request
 * template (any form: `$input.x`, `${input.x}`, `$!{input.x}`, inside method calls, directives
 * and interpolated strings) names a property of `contract.input.inputSchema`, and the variable
 * is spelt `input`.
 *
 * Genesys: the request context holds `input` (a map of the execution input) with the built-in
 * `rawRequest`, and `orgId`/`integrationId` as reserved keys (genesys-runtime.md §3.2); a
 * reference to a missing key renders as its own text, `$!` as nothing (§3.3). Velocity names
 * are case-sensitive, so `${INPUT.x}` is another, undefined variable (stock Velocity writes it
 * literally; oracle, Velocity 2.4.1); whether Genesys does the same is open (§12 item 11).
 */
import { templateReferences, type TemplateReference } from '../../template-refs.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { closestName } from './did-you-mean.js';
import { isEscapedAt } from './escaped.js';
import { type RequestSide, type RequestTemplate, requestTemplates } from './request.js';

/** Keys Genesys puts into `input` itself (genesys-runtime.md §3.2). */
export const BUILT_IN_INPUTS: ReadonlySet<string> = new Set(['rawRequest', 'orgId', 'integrationId']);

function live(t: RequestTemplate, refs: TemplateReference[]): TemplateReference[] {
  return refs.filter((r) => !r.assigned && !isEscapedAt(t.text, r.offset)).sort((a, b) => a.offset - b.offset);
}

/** Groups references by a key, keeping template order; the first of each group is reported. */
function firstOfEach(refs: TemplateReference[], key: (r: TemplateReference) => string | undefined): Array<{ first: TemplateReference; count: number; key: string }> {
  const groups = new Map<string, { first: TemplateReference; count: number; key: string }>();
  for (const r of refs) {
    const k = key(r);
    if (k === undefined) continue;
    const g = groups.get(k);
    if (g) g.count++;
    else groups.set(k, { first: r, count: 1, key: k });
  }
  return [...groups.values()];
}

const times = (n: number) => (n > 1 ? ` (${n} places)` : '');

/**
 * `input-reference-unknown`: `$input.x` where `x` is neither an inputSchema property nor a
 * built-in key. One finding per template and name, at its first reference, with the closest
 * property name as a suggestion (a case-insensitive match first).
 */
export function checkUnknownInputs(ctx: DocumentContext, side: RequestSide): Finding[] {
  const findings: Finding[] = [];
  const known = [...side.inputs.keys(), ...BUILT_IN_INPUTS];
  for (const t of requestTemplates(side)) {
    const refs = live(t, templateReferences(t.text));
    const unknown = firstOfEach(refs, (r) => {
      const name = r.properties[0];
      return r.root === 'input' && name !== undefined && !side.inputs.has(name) && !BUILT_IN_INPUTS.has(name) ? name : undefined;
    });
    for (const { first, count, key: name } of unknown) {
      const suggestion = closestName(name, known);
      findings.push(
        findingAt(
          'input-reference-unknown',
          ctx.file,
          ctx.map,
          { pointer: t.pointer, stringIndex: first.offset },
          `${t.name} references input "${name}"${times(count)}, which inputSchema does not declare${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: Genesys sends the reference text itself (or nothing with $!) instead of a value.`,
          { hint: suggestion ? `Write \${input.${suggestion}}, or add "${name}" to contract.input.inputSchema.properties.` : `Add "${name}" to contract.input.inputSchema.properties, or correct the name.` },
        ),
      );
    }
  }
  return findings;
}

/**
 * `input-reference-case`: the variable spelt `INPUT`, `Input` … One finding per template and
 * spelling, at its first reference.
 */
export function checkInputCase(ctx: DocumentContext, side: RequestSide): Finding[] {
  const findings: Finding[] = [];
  for (const t of requestTemplates(side)) {
    const refs = live(t, templateReferences(t.text));
    const wrong = firstOfEach(refs, (r) => (r.root !== 'input' && r.root.toLowerCase() === 'input' ? r.root : undefined));
    for (const { first, count, key: root } of wrong) {
      const shown = first.properties.length > 0 ? `$${root}.${first.properties.join('.')}` : `$${root}`;
      findings.push(
        findingAt(
          'input-reference-case',
          ctx.file,
          ctx.map,
          { pointer: t.pointer, stringIndex: first.offset },
          `${t.name} uses ${shown}${times(count)}: Velocity variable names are case-sensitive and the request context names the input "input"; stock Velocity sends this reference as literal text (whether Genesys resolves it anyway is not documented).`,
          { hint: `Write $input${first.properties.length > 0 ? `.${first.properties.join('.')}` : ''} (lower case).` },
        ),
      );
    }
  }
  return findings;
}
