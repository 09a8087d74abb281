/**
 * Rule `deep-scan-nested-array`: a deep scan that ends on a property holding arrays (`$..messages`)
 * collects one array per match, so the result is an array of arrays (genesys-runtime.md §5.2,
 * `$..messages` on nested arrays gives `[[1,2,3],[1]]`). An output contract cannot describe
 * nested arrays (S-CONTRACT, §6, §9 item 12). A path alone does not say whether a property holds
 * arrays, so the rule needs evidence: the same translationMap indexes, filters or counts that
 * property elsewhere, or it is one of the Genesys Cloud API arrays the published exports index
 * (corpus: entities, results, participants, conversations, messages …).
 */
import type { PathToken } from '../../../dryrun/jsonpath/tokens.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { type ResponseAnalysis, slotContract } from './analysis.js';
import { translationPointer } from './response-config.js';

/**
 * Response properties the Genesys Cloud API returns as arrays: every name the 140 corpus
 * definitions follow with an index, a filter, a wildcard, a slice or `length()`.
 */
export const KNOWN_ARRAY_PROPERTIES: ReadonlySet<string> = new Set(['entities', 'data', 'results', 'participants', 'metrics', 'conversations', 'messages', 'externalIds', 'calls', 'segments', 'callbacks', 'sessions', 'media', 'emergencyCallFlows', 'ivrs', 'msgDialogue', 'sessionSummaries']);

const ARRAY_STEPS = new Set(['index', 'wildcard', 'filter', 'slice']);

/** Property names a list of paths treats as arrays (followed by [i], [*], [?()], [a:b], length(), size()). */
export function indexedProperties(paths: ReadonlyArray<readonly PathToken[]>): Set<string> {
  const out = new Set<string>();
  for (const tokens of paths) {
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      if (t.kind !== 'property' || t.names.length !== 1 || !next) return;
      if (ARRAY_STEPS.has(next.kind) || (next.kind === 'function' && (next.name === 'length' || next.name === 'size'))) out.add(t.names[0] as string);
    });
  }
  return out;
}

/** The property a deep scan ends on: `x` of `$..x` or `$..a.x`; undefined for other paths. */
export function deepScanLeaf(tokens: readonly PathToken[]): string | undefined {
  const scan = tokens.map((t) => t.kind).lastIndexOf('scan');
  if (scan < 0 || scan === tokens.length - 1) return undefined;
  const rest = tokens.slice(scan + 1);
  if (!rest.every((t) => t.kind === 'property' && t.names.length === 1)) return undefined;
  const last = rest[rest.length - 1] as { names: string[] };
  return last.names[0];
}

/** Reports deep scans that end on an array-valued property and are written out as is. */
export function checkDeepScans(ctx: DocumentContext, analysis: ResponseAnalysis): Finding[] {
  const compiled = [...analysis.facts.values()].flatMap((f) => (f.compiled ? [f.compiled.tokens] : []));
  const indexed = indexedProperties(compiled);
  const findings: Finding[] = [];
  for (const [key, facts] of analysis.facts) {
    const leaf = facts.compiled ? deepScanLeaf(facts.compiled.tokens) : undefined;
    if (leaf === undefined) continue;
    const evidence = indexed.has(leaf) ? 'this translationMap reads it as an array elsewhere' : KNOWN_ARRAY_PROPERTIES.has(leaf) ? 'it is an array in Genesys Cloud API responses' : undefined;
    if (!evidence) continue;
    const writtenOut = analysis.slots.some((s) => {
      if (s.quoted || s.value.kind !== 'translation' || s.value.key !== key) return false;
      const contract = slotContract(analysis, s);
      return !contract || contract.types.includes('array');
    });
    if (!writtenOut) continue;
    const path = analysis.config.translationMap[key] as string;
    findings.push(
      findingAt('deep-scan-nested-array', ctx.file, ctx.map, { pointer: translationPointer(key) }, `translationMap "${key}": the deep scan collects every "${leaf}" value, and "${leaf}" holds arrays (${evidence}), so the result is an array of arrays, which an output contract cannot describe.`, {
        hint: `Flatten it with a wildcard (${path.trimEnd()}[*]) or read one array with a definite path (for example $.conversation.${leaf}).`,
      }),
    );
  }
  return findings;
}
