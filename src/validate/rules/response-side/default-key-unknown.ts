/**
 * Rule `default-key-unknown`: a translationMapDefaults key that names no translationMap entry.
 * Defaults are keyed like the translation map and only replace a path's result
 * (genesys-runtime.md §5.4), so such a default is never used — usually a misspelt key, which
 * leaves the intended key without its default (step 9 then fails when its path misses).
 */
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { editDistance } from '../unknown-keys.js';
import type { ResponseAnalysis } from './analysis.js';
import { defaultPointer, hasKey } from './response-config.js';

/** The translationMap key `key` most likely meant (same letters in another case, or ≤ 2 edits). */
export function nearestKey(key: string, candidates: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(key.length / 2));
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Reports defaults whose key is not a translationMap key, at the key. */
export function checkDefaultKeys(ctx: DocumentContext, analysis: ResponseAnalysis): Finding[] {
  const { translationMap, translationMapDefaults } = analysis.config;
  const keys = Object.keys(translationMap);
  const findings: Finding[] = [];
  for (const key of Object.keys(translationMapDefaults)) {
    if (hasKey(translationMap, key)) continue;
    const near = nearestKey(key, keys);
    const orphan = near !== undefined && !hasKey(translationMapDefaults, near);
    findings.push(
      findingAt('default-key-unknown', ctx.file, ctx.map, { pointer: defaultPointer(key), atKey: true }, `translationMapDefaults "${key}" has no translationMap entry, so Genesys never uses it.`, {
        hint: near !== undefined ? `Did you mean "${near}"?${orphan ? ` "${near}" has no default of its own.` : ''} Defaults must use the translationMap key exactly (keys are case-sensitive).` : 'Add the translationMap entry it belongs to, or remove the default.',
      }),
    );
  }
  return findings;
}
