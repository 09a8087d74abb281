/** Did-you-mean suggestions for misspelt names (input properties). */
import { editDistance } from '../unknown-keys.js';

/**
 * The candidate closest to `name`: one equal to it ignoring letter case first, else the one at
 * the smallest edit distance (letter case ignored) if that distance is at most a third of the
 * name's length (at least 1, at most 3). Undefined when nothing is close.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(name.length / 3))) + 1;
  for (const c of candidates) {
    if (c.toLowerCase() === lower) return c;
    const d = editDistance(c.toLowerCase(), lower);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
