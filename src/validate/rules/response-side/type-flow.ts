/**
 * Rule `output-type-mismatch` (family "types"): follows the JSON type a translationMap path
 * certainly produces (path-shape.ts: `length()`/`size()` an integer, `sum()`/`avg()`/`min()`/
 * `max()`/`stddev()` a Double written `6.0`, `keys()` an array of names, an indefinite path an
 * array, per element when a function follows it) through its place in the successTemplate —
 * as a JSON value, inside a JSON string (a number becomes a string), or unwrapped by
 * `firstFromArray` (§5.6) — to the successSchema type at that place (genesys-runtime.md §5.3,
 * §6, §9 items 10 and 11). Only certain mismatches are reported; a definite path without a
 * function has an unknown type. Defaults are rule `default-type-mismatch`'s; an indefinite path
 * written into a non-array property is rule `indefinite-path-scalar`'s.
 */
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { type ResponseAnalysis, slotContract } from './analysis.js';
import { fgeTypeMessage } from './default-type.js';
import { type Shape, accepts, describeShape, describeTypes, schemaTypes } from './json-shape.js';
import { SUCCESS_TEMPLATE_POINTER } from './response-config.js';
import { describePosition } from './schema-at.js';

/** Reports certain type mismatches between translation values and the output contract, at the slot. */
export function checkOutputTypes(ctx: DocumentContext, analysis: ResponseAnalysis): Finding[] {
  if (!analysis.hasTemplate) return [];
  const findings: Finding[] = [];
  for (const slot of analysis.slots) {
    const v = slot.value;
    if ((v.kind !== 'translation' && v.kind !== 'first') || v.key === undefined) continue;
    const facts = analysis.facts.get(v.key);
    const contract = slotContract(analysis, slot);
    if (!facts?.shape || !contract) continue;
    let produced: Shape | undefined;
    let via = `translationMap "${v.key}" (${analysis.config.translationMap[v.key]})`;
    if (v.kind === 'first') {
      produced = facts.shape.kind === 'array' ? facts.shape.items : undefined;
      via = `successTemplateUtils.firstFromArray of ${via}`;
    } else produced = facts.shape;
    if (!produced) continue;
    let problem: string | undefined;
    let actual: Shape = produced;
    if (slot.quoted) {
      if (!['integer', 'number', 'boolean', 'null'].includes(produced.kind) || contract.types.includes('string')) continue;
      actual = { kind: 'string' };
      problem = `${via} gives ${describeShape(produced)}, but the quotes around the reference make it a string`;
    } else if (v.kind === 'translation' && facts.indefinite && !contract.types.includes('array')) {
      continue; // rule indefinite-path-scalar
    } else if (!accepts(contract.types, produced)) {
      problem = `${via} gives ${describeShape(produced)}${produced.kind === 'number' ? ' (a Java double such as 6.0)' : ''}`;
    } else if (produced.kind === 'array' && produced.items) {
      const itemTypes = schemaTypes(contract.schema.items as Record<string, unknown> | undefined);
      if (itemTypes && !accepts(itemTypes, produced.items)) {
        problem = `${via} gives ${describeShape(produced)}`;
        findings.push(
          findingAt('output-type-mismatch', ctx.file, ctx.map, { pointer: SUCCESS_TEMPLATE_POINTER, stringIndex: slot.offset }, `${problem}, but the items of successSchema property "${describePosition(contract.path)}" are ${describeTypes(itemTypes)}: the output fails the contract (${fgeTypeMessage(produced.items, itemTypes)}).`, {
            hint: 'Change the items type of the contract, or the path.',
          }),
        );
        continue;
      }
    }
    if (!problem || accepts(contract.types, actual)) continue;
    findings.push(
      findingAt('output-type-mismatch', ctx.file, ctx.map, { pointer: SUCCESS_TEMPLATE_POINTER, stringIndex: slot.offset }, `${problem}, while ${contract.where} is ${describeTypes(contract.types)}: the output fails the contract (${fgeTypeMessage(actual, contract.types)}).`, {
        hint: slot.quoted
          ? 'Remove the quotes around the reference, or declare the property as a string in the contract.'
          : actual.kind === 'number' && contract.types.includes('integer')
            ? 'Declare the property as "number" in the contract (Jayway\'s aggregate functions return decimals such as 6.0, which "integer" rejects).'
            : `Declare the property as "${actual.kind === 'number' ? 'number' : actual.kind}" in the contract, or change the path.`,
      }),
    );
  }
  return findings;
}
