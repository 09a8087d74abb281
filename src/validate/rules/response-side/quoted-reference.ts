/**
 * Rule `quoted-translation-reference`: a translation value written inside a JSON string literal of
 * the successTemplate (`"name": "${name}"`). The value is already JSON text
 * (genesys-runtime.md §5.3): a string arrives with its quotes, so the output reads `""Bob""` and
 * step 10 fails on invalid JSON; an array or object breaks the string the same way (§9 item 1;
 * oracle: `{"a": "${name}"}` fails to parse). A value whose path makes it a number or boolean
 * (`length()`, `size()`, `sum()` …) is not reported here: quoting it turns it into a string on
 * purpose, which rule `output-type-mismatch` checks against the contract.
 * Not reported either: a reference inside a Velocity string argument (`firstFromArray("${x}")`,
 * a correct corpus pattern), and `"$esc.jsonString(${x})"`, which escapes the JSON text into a
 * string on purpose (the output is always a valid string, holding the value's JSON text).
 */
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import type { ResponseAnalysis } from './analysis.js';
import { type Shape, literalShape } from './json-shape.js';
import { SUCCESS_TEMPLATE_POINTER, hasKey } from './response-config.js';

const SCALAR = new Set(['integer', 'number', 'boolean', 'null']);

/** Reports each translation value written inside a JSON string of the successTemplate. */
export function checkQuotedReferences(ctx: DocumentContext, analysis: ResponseAnalysis): Finding[] {
  if (!analysis.hasTemplate) return [];
  const { translationMapDefaults } = analysis.config;
  const findings: Finding[] = [];
  for (const slot of analysis.slots) {
    if (!slot.quoted) continue;
    const v = slot.value;
    const key = v.kind === 'translation' || v.kind === 'first' ? v.key : undefined;
    if (key === undefined) continue;
    const facts = analysis.facts.get(key);
    let shape: Shape | undefined = facts?.shape;
    if (v.kind === 'first') shape = shape?.kind === 'array' ? shape.items : undefined;
    if (shape && SCALAR.has(shape.kind)) continue;
    const dflt = hasKey(translationMapDefaults, key) && v.kind === 'translation' ? literalShape(translationMapDefaults[key] as string) : undefined;
    const numericDefault = shape === undefined && dflt !== undefined && SCALAR.has(dflt.kind) && dflt.kind !== 'null';
    const what = v.kind === 'first' ? `successTemplateUtils.firstFromArray(…) of "${key}"` : `translation value $${key}`;
    findings.push(
      findingAt('quoted-translation-reference', ctx.file, ctx.map, { pointer: SUCCESS_TEMPLATE_POINTER, stringIndex: slot.offset }, `successTemplate writes ${what} inside a JSON string: the value is already JSON text, so a string arrives with its own quotes ("Bob" becomes ""Bob"") and the output is invalid JSON (step 10 fails).`, {
        hint: `Remove the quotes around the reference (\`"…": \${${key}}\`): a string value brings its own.${numericDefault ? ' If the value is a number you want as text, keep the quotes but make sure the path can only yield numbers.' : ''}`,
        ...(numericDefault ? { severity: 'warning' as const } : {}),
      }),
    );
  }
  return findings;
}
