/**
 * Rule `default-not-json`: a translationMapDefaults value that is not JSON text (`disconnected`,
 * `Not Found`, an empty string). Genesys inserts a default verbatim into the successTemplate
 * output (genesys-runtime.md §5.4), so where the key is written as a JSON value the output is
 * invalid JSON exactly when the path misses, and step 10 fails; tests with happy data pass
 * (§9 item 2). How the key is used decides the outcome (checked with the oracle):
 * - `${key}` as a JSON value, or as firstFromArray's fallback argument: invalid JSON — error;
 * - `"…${key}…"` inside a JSON string: plain text is fine there, unless it holds `"`, `\` or a
 *   control character — error then;
 * - firstFromArray's array argument: firstFromArray reads its argument with json-smart's
 *   permissive parser (`[0].[0]` reads as `[0]`); text that is not an array makes it return its
 *   fallback, or empty text (dry-run policy; Genesys behaviour unknown, §5.6) — warning;
 * - unused, or used only in directives and method calls: not reported.
 * A path that can never fail (`$..x`, `$[*].x`: Jayway 2.10 returns `[]`, oracle) never uses its
 * default; such a default is reported as a warning only.
 * firstFromArray's own default argument (§5.6) is inserted verbatim when the array is empty, so
 * one that does not render as JSON text (`"none"`) is an error too.
 */
import { parseLenientJson } from '../../../dryrun/jsonpath/lenient-json.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { type ResponseAnalysis, slotContract } from './analysis.js';
import { type JsonKind, literalFor, literalShape } from './json-shape.js';
import { SUCCESS_TEMPLATE_POINTER, defaultPointer, hasKey } from './response-config.js';

function describeText(text: string): string {
  return text.trim() === '' ? (text === '' ? 'empty' : 'blank') : `the bare text ${JSON.stringify(text)}`;
}

/** True when `text` can stand between the quotes of a JSON string. */
function fitsInJsonString(text: string): boolean {
  try {
    JSON.parse(`"${text}"`);
    return true;
  } catch {
    return false;
  }
}

/** Reports each default that is not JSON text where the successTemplate would insert it. */
export function checkDefaultsAreJson(ctx: DocumentContext, analysis: ResponseAnalysis): Finding[] {
  const { translationMap, translationMapDefaults } = analysis.config;
  const findings: Finding[] = [];
  for (const [key, text] of Object.entries(translationMapDefaults)) {
    if (!hasKey(translationMap, key) || literalShape(text) !== undefined) continue;
    let error: string | undefined;
    let warning: string | undefined;
    let types: JsonKind[] | undefined;
    for (const slot of analysis.slots) {
      const v = slot.value;
      const asValue = (v.kind === 'translation' && v.key === key) || (v.kind === 'first' && v.fallback && 'key' in v.fallback && v.fallback.key === key);
      if (asValue && !slot.quoted) {
        error ??= 'Genesys inserts it verbatim into the successTemplate output, which is then invalid JSON (step 10 fails)';
        types ??= slotContract(analysis, slot)?.types;
      } else if (asValue && slot.quoted && !fitsInJsonString(text)) {
        error ??= 'Genesys inserts it verbatim inside a JSON string of the successTemplate, and its quote, backslash or control character breaks that string (step 10 fails)';
      } else if (v.kind === 'first' && v.key === key) {
        const lenient = parseLenientJson(text.trim(), true);
        types ??= ['array'];
        warning ??= Array.isArray(lenient)
          ? 'successTemplateUtils.firstFromArray then reads it as an array only because its parser is lenient (text after the first JSON value is ignored)'
          : `successTemplateUtils.firstFromArray then receives text that is not a JSON array, and returns ${v.fallback ? 'its fallback' : 'empty text, which leaves the output invalid JSON'} (dry-run policy; Genesys behaviour unknown)`;
      }
    }
    const why = error ?? warning;
    if (!why) continue;
    const literal = literalFor(types, text.trim());
    const dead = analysis.facts.get(key)?.canMiss === false;
    const when = dead
      ? `its path starts with ${analysis.facts.get(key)?.indefiniteBecause ?? 'an indefinite step'} and never fails, so the default is not used today; if it were (a changed path), ${why}`
      : `when its path misses, ${why}`;
    findings.push(
      findingAt('default-not-json', ctx.file, ctx.map, { pointer: defaultPointer(key) }, `translationMapDefaults "${key}" is ${describeText(text)}, not JSON text: ${when}.`, {
        hint: `Write the default as JSON text, e.g. ${JSON.stringify(literal)} in the file (${literal.startsWith('"') ? 'a string needs its own escaped quotes' : 'the value is used verbatim'})${dead ? ', or remove it' : ''}.`,
        ...(error && !dead ? {} : { severity: 'warning' as const }),
      }),
    );
  }
  for (const slot of analysis.slots) {
    const v = slot.value;
    const text = v.kind === 'first' && v.fallback && 'text' in v.fallback ? v.fallback.text : undefined;
    if (text === undefined || slot.quoted || literalShape(text) !== undefined) continue;
    const literal = literalFor(slotContract(analysis, slot)?.types, text.trim());
    findings.push(
      findingAt('default-not-json', ctx.file, ctx.map, { pointer: SUCCESS_TEMPLATE_POINTER, stringIndex: slot.offset }, `successTemplateUtils.firstFromArray's default renders as ${describeText(text)}, not JSON text: when the array is empty, it is inserted verbatim and the output is invalid JSON (step 10 fails).`, {
        hint: `Pass JSON text, e.g. '${literal}' (a single-quoted Velocity string keeps double quotes as they are; "$esc.quote$esc.quote" is an empty JSON string).`,
      }),
    );
  }
  return findings;
}
