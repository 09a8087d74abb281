/**
 * Rule `indefinite-path-scalar`: an indefinite translationMap path (filter, wildcard, deep scan,
 * slice, union) whose value the successTemplate writes, as is, where the output contract expects
 * something other than an array. Jayway returns a JSON array for every indefinite path, even for
 * one match or none (genesys-runtime.md §5.2), so the output fails validation whenever the path
 * resolves (§9 item 4; `length()` after a filter is a list of lengths too). Wrapping the value in
 * `$successTemplateUtils.firstFromArray(…)` (§5.6) or a definite path (`[0]`) fixes it.
 */
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { type ResponseAnalysis, slotContract } from './analysis.js';
import { describeTypes, literalFor } from './json-shape.js';
import { translationPointer } from './response-config.js';

/** Reports each indefinite path written bare into a non-array contract position, at the path. */
export function checkIndefiniteScalars(ctx: DocumentContext, analysis: ResponseAnalysis): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const slot of analysis.slots) {
    if (slot.quoted || slot.value.kind !== 'translation') continue;
    const key = slot.value.key;
    const facts = analysis.facts.get(key);
    const contract = slotContract(analysis, slot);
    if (!facts?.indefinite || !contract || contract.types.includes('array') || reported.has(key)) continue;
    reported.add(key);
    const fallback = literalFor(contract.types);
    findings.push(
      findingAt('indefinite-path-scalar', ctx.file, ctx.map, { pointer: translationPointer(key) }, `translationMap "${key}" is an indefinite path (${facts.indefiniteBecause ?? 'not definite'}), so Jayway always returns a JSON array, but the successTemplate writes it into ${contract.where}, which is ${describeTypes(contract.types)}: the output fails the contract.`, {
        hint: `Take the first match in the successTemplate: \${successTemplateUtils.firstFromArray("\${${key}}", "${fallback.replace(/"/g, '$esc.quote')}")}, or make the path definite (an index such as [0] instead of the filter).`,
      }),
    );
  }
  return findings;
}
