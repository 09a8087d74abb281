/**
 * Rule `jsonpath-bracket-key`: dot notation applied to a key that itself contains a dot — a SCIM
 * extension URN (`urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`) or an OData
 * annotation (`@odata.count`). Jayway splits dot notation at every `.`, so
 * `$.urn:…:2.0:User.manager` looks for `urn:…:2`, then `0:User`, and never resolves: the default
 * is used, or step 9 fails (genesys-runtime.md §5.2 and §9 item 13: `$.@odata.count` errors,
 * `$['@odata.count']` reads 3). Recognised: a name containing `:` followed by a name that starts
 * with a digit or contains `:` (a version split such as `2.0`), and a name containing `@`
 * followed by another name.
 */
import type { DocumentContext } from '../../context.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import { type DotSegment, dotSegments } from './path-text.js';
import { readResponseConfig, translationPointer } from './response-config.js';

/** A key split by dot notation: where it starts in the path, the whole key, and the fixed path. */
export interface SplitKey {
  offset: number;
  key: string;
  fixed: string;
}

function adjacent(a: DotSegment, b: DotSegment | undefined): b is DotSegment {
  return b !== undefined && !b.scan && !a.call && b.start === a.end;
}

/** The index of the last segment of the key that starts at segment `i` (`i` when none is split). */
function keyEnd(segments: readonly DotSegment[], i: number): number {
  const first = segments[i] as DotSegment;
  if (first.name.includes('@') && first.name !== '@') return adjacent(first, segments[i + 1]) ? i + 1 : i;
  let j = i;
  while (segments[j]?.name.includes(':')) {
    const next = segments[j + 1];
    if (!adjacent(segments[j] as DotSegment, next) || !(/^\d/.test(next.name) || next.name.includes(':'))) break;
    j++;
  }
  return j;
}

/** The keys of `path` that dot notation splits; empty when there are none. Pure. */
export function splitKeys(path: string): SplitKey[] {
  const segments = dotSegments(path);
  const out: SplitKey[] = [];
  for (let i = 0; i < segments.length; i++) {
    const j = keyEnd(segments, i);
    if (j === i) continue;
    const first = segments[i] as DotSegment;
    const last = segments[j] as DotSegment;
    const key = path.slice(first.nameStart, last.end);
    const bracket = `['${key.replace(/'/g, "\\'")}']`;
    const leading = first.start === first.nameStart;
    out.push({ offset: first.start, key, fixed: `${path.slice(0, first.start)}${leading ? `$${bracket}` : bracket}${path.slice(last.end)}` });
    i = j;
  }
  return out;
}

/** Reports each split key of each translationMap path, at its place in the path string. */
export function checkBracketKeys(ctx: DocumentContext): Finding[] {
  const { translationMap } = readResponseConfig(ctx.doc);
  const findings: Finding[] = [];
  for (const [key, path] of Object.entries(translationMap)) {
    for (const split of splitKeys(path)) {
      findings.push(
        findingAt('jsonpath-bracket-key', ctx.file, ctx.map, { pointer: translationPointer(key), stringIndex: split.offset }, `translationMap "${key}": the key "${split.key}" contains a dot, but dot notation splits it at every "." (Jayway looks for "${split.key.split('.')[0]}"), so the path never resolves.`, {
          hint: `Use bracket notation for that key: ${split.fixed}`,
        }),
      );
    }
  }
  return findings;
}
