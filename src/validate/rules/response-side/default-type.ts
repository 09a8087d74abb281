/**
 * Rule `default-type-mismatch`: a translationMapDefaults value whose JSON type is not the
 * successSchema type of the output property it lands in — `null` for a string property, a
 * string for an array property. The default only appears when the path misses (§5.4), and then
 * the output fails validation in step 10: the validator does not coerce, `null` fails every
 * non-null type (genesys-runtime.md §6, §9 item 3). Followed through the successTemplate:
 * - `${key}` as a JSON value: the default itself;
 * - `firstFromArray(${key}…)`: the first element of the default (which must be a JSON array;
 *   a default that is not one makes firstFromArray fall back — dry-run policy, Genesys behaviour
 *   unknown (§5.6), so that case is a warning);
 * - `firstFromArray(…, ${other})`: the default of `other`, when the array is empty.
 * firstFromArray's own default argument (`firstFromArray("${ids}", "0")`, §5.6) is checked the
 * same way: it is the output whenever the array is empty.
 */
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { type ResponseAnalysis, slotContract } from './analysis.js';
import { type Shape, accepts, describeShape, describeTypes, literalArray, literalFor, literalShape, shapeOfValue } from './json-shape.js';
import { SUCCESS_TEMPLATE_POINTER, defaultPointer, hasKey } from './response-config.js';

/** The fge wording of a type failure (genesys-runtime.md §6). */
export function fgeTypeMessage(shape: Shape, types: readonly string[]): string {
  const kind = shape.kind === 'number' ? 'number' : shape.kind;
  return `instance type (${kind}) does not match any allowed primitive type (allowed: [${types.map((t) => `"${t}"`).join(',')}])`;
}

/** Reports defaults that would fail the output contract where the successTemplate puts them. */
export function checkDefaultTypes(ctx: DocumentContext, analysis: ResponseAnalysis): Finding[] {
  const { translationMap, translationMapDefaults } = analysis.config;
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const report = (key: string, message: string, hint: string, warning = false) => {
    if (reported.has(key)) return;
    reported.add(key);
    findings.push(findingAt('default-type-mismatch', ctx.file, ctx.map, { pointer: defaultPointer(key) }, message, { hint, ...(warning ? { severity: 'warning' as const } : {}) }));
  };
  // A default matters only when its path can fail (path-shape.ts `canMiss`).
  const hasDefault = (key: string | undefined): key is string =>
    key !== undefined && hasKey(translationMap, key) && hasKey(translationMapDefaults, key) && analysis.facts.get(key)?.canMiss !== false;
  for (const slot of analysis.slots) {
    if (slot.quoted) continue;
    const contract = slotContract(analysis, slot);
    if (!contract) continue;
    const v = slot.value;
    const mismatch = (key: string, shape: Shape, how: string) => {
      if (accepts(contract.types, shape)) return;
      report(
        key,
        `translationMapDefaults "${key}" ${how} ${describeShape(shape)}, but ${contract.where} is ${describeTypes(contract.types)}: when the path misses, the output fails the contract (${fgeTypeMessage(shape, contract.types)}).`,
        `Use a default of the contract type, e.g. ${JSON.stringify(how.includes('first element') ? `[${literalFor(contract.types)}]` : literalFor(contract.types))} in the file, or add its type to the contract ("type": ["${contract.types[0]}", "${shape.kind === 'number' ? 'number' : shape.kind}"]).`,
      );
    };
    if (v.kind === 'translation' && hasDefault(v.key)) {
      const shape = literalShape(translationMapDefaults[v.key] as string);
      if (shape) mismatch(v.key, shape, 'is');
    } else if (v.kind === 'first') {
      if (hasDefault(v.key)) {
        const text = translationMapDefaults[v.key] as string;
        const items = literalArray(text);
        const shape = literalShape(text);
        if (items && items.length > 0) mismatch(v.key, shapeOfValue(items[0] ?? null), 'has a first element that is');
        else if (shape && shape.kind !== 'array') {
          report(
            v.key,
            `translationMapDefaults "${v.key}" is ${describeShape(shape)}, but the successTemplate passes it to successTemplateUtils.firstFromArray, which expects a JSON array: when the path misses, firstFromArray returns ${v.fallback ? 'its fallback' : 'empty text, which leaves the output invalid JSON'} (dry-run policy; Genesys behaviour unknown).`,
            'Write the default as a JSON array, e.g. "[]" in the file (firstFromArray then returns its fallback argument).',
            true,
          );
        }
      }
      if (v.fallback && 'key' in v.fallback && hasDefault(v.fallback.key)) {
        const shape = literalShape(translationMapDefaults[v.fallback.key] as string);
        if (shape) mismatch(v.fallback.key, shape, 'is');
      }
      const text = v.fallback && 'text' in v.fallback ? v.fallback.text : undefined;
      const shape = text === undefined ? undefined : literalShape(text);
      if (shape && !accepts(contract.types, shape)) {
        findings.push(
          findingAt('default-type-mismatch', ctx.file, ctx.map, { pointer: SUCCESS_TEMPLATE_POINTER, stringIndex: slot.offset }, `successTemplateUtils.firstFromArray's default ${JSON.stringify(text)} is ${describeShape(shape)}, but ${contract.where} is ${describeTypes(contract.types)}: when the array is empty, the output fails the contract (${fgeTypeMessage(shape, contract.types)}).`, {
            hint: `Pass a default of the contract type, e.g. "${literalFor(contract.types).replace(/"/g, '$esc.quote')}".`,
          }),
        );
      }
    }
  }
  return findings;
}
