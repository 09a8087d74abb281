/**
 * Response-side rules: translationMap paths (JavaScript habits, keys that need bracket notation,
 * deep scans), translationMapDefaults (unknown keys, non-JSON text, wrong type), the
 * successTemplate (unknown and quoted references, comparisons with translation values,
 * firstFromArray without a default) and the type flow from path to output contract
 * (genesys-runtime.md §5, §6, §9). Rule `jsonpath-syntax` runs separately (../translation-map.ts).
 */
import type { DocumentContext } from '../../context.js';
import type { Finding } from '../../finding.js';
import { analyseResponse } from './analysis.js';
import { checkBracketKeys } from './bracket-key.js';
import { checkDeepScans } from './deep-scan.js';
import { checkDefaultKeys } from './default-key-unknown.js';
import { checkDefaultsAreJson } from './default-not-json.js';
import { checkDefaultTypes } from './default-type.js';
import { checkFirstFromArrayDefaults } from './first-from-array-default.js';
import { checkIndefiniteScalars } from './indefinite-scalar.js';
import { checkJsHabits } from './js-habit.js';
import { checkQuotedReferences } from './quoted-reference.js';
import { checkSuccessReferences } from './reference-unknown.js';
import { checkOutputTypes } from './type-flow.js';
import { checkValueComparisons } from './value-comparison.js';

/** Runs every response-side rule on one structurally valid document. */
export function checkResponseSide(ctx: DocumentContext): Finding[] {
  const analysis = analyseResponse(ctx.doc);
  return [
    ...checkJsHabits(ctx),
    ...checkBracketKeys(ctx),
    ...checkDefaultKeys(ctx, analysis),
    ...checkDefaultsAreJson(ctx, analysis),
    ...checkDefaultTypes(ctx, analysis),
    ...checkIndefiniteScalars(ctx, analysis),
    ...checkDeepScans(ctx, analysis),
    ...checkSuccessReferences(ctx, analysis),
    ...checkQuotedReferences(ctx, analysis),
    ...checkValueComparisons(ctx, analysis),
    ...checkFirstFromArrayDefaults(ctx, analysis),
    ...checkOutputTypes(ctx, analysis),
  ];
}
