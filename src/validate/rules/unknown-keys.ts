/**
 * Rule family "keys": members the Genesys action model does not have are ignored by the API
 * without a word, so a typo silently changes what is deployed (`"Secure": true` deploys a
 * non-secure action). A key that differs from a known one only in letter case is an error
 * (`key-case`); any other unknown key is a warning with a did-you-mean (`unknown-key`).
 * Known members: Action / ActionConfig / RequestConfig / ResponseConfig / ActionContract
 * (genesys-api.md §4.1–§4.3), the UI export fields (§9), and this tool's own top-level
 * `suppress` (inline rule suppressions; never sent to Genesys, see `toDefinition`). Contract
 * schemas, headers and the translation maps hold user-defined keys and are not checked.
 */
import { escapePointerToken } from '../../definitions/json-source.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../locate.js';
import type { DocumentContext } from '../context.js';

interface KeyTree {
  [key: string]: KeyTree | null;
}

/** null: a leaf (or a map of user-defined keys) that is not descended into. */
const KNOWN: KeyTree = {
  id: null,
  name: null,
  category: null,
  integrationType: null,
  integrationId: null,
  actionType: null,
  secure: null,
  version: null,
  selfUri: null,
  description: null,
  /** This tool's own: rule id → reason, for this definition only. Not a Genesys field. */
  suppress: null,
  config: {
    timeoutSeconds: null,
    request: { requestUrlTemplate: null, requestType: null, headers: null, requestTemplate: null, requestTemplateUri: null },
    response: { translationMap: null, translationMapDefaults: null, successTemplate: null, successTemplateUri: null },
  },
  contract: {
    input: { inputSchema: null, inputSchemaUri: null, inputSchemaFlattened: null },
    output: {
      successSchema: null,
      successSchemaUri: null,
      successSchemaFlattened: null,
      errorSchema: null,
      errorSchemaUri: null,
      errorSchemaFlattened: null,
    },
  },
};

/**
 * Levenshtein edit distance between two strings (insertions, deletions, substitutions each cost
 * 1), for did-you-mean suggestions. O(|a|·|b|) time: meant for short strings such as keys.
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Where else in the tree a key is known (e.g. `timeoutSeconds` belongs in `config`). */
function knownElsewhere(key: string, tree: KeyTree = KNOWN, at = ''): string | undefined {
  for (const [k, sub] of Object.entries(tree)) {
    if (k === key) return at || 'the top level';
    if (sub) {
      const found = knownElsewhere(key, sub, at ? `${at}.${k}` : k);
      if (found) return found;
    }
  }
  return undefined;
}

function walk(ctx: DocumentContext, value: unknown, tree: KeyTree, pointer: string, field: string, out: Finding[]): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const known = Object.keys(tree);
  for (const [key, child] of Object.entries(value)) {
    const p = `${pointer}/${escapePointerToken(key)}`;
    if (key in tree) {
      const sub = tree[key];
      if (sub) walk(ctx, child, sub, p, field ? `${field}.${key}` : key, out);
      continue;
    }
    const where = field || 'the top level';
    const caseMatch = known.find((k) => k.toLowerCase() === key.toLowerCase());
    if (caseMatch) {
      out.push(findingAt('key-case', ctx.file, ctx.map, { pointer: p, atKey: true }, `"${key}" at ${where} is not a Genesys field; Genesys would ignore it. Did you mean "${caseMatch}"? Keys are case-sensitive.`, { hint: `Rename it to "${caseMatch}".` }));
      continue;
    }
    const near = known.filter((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
    const elsewhere = knownElsewhere(key);
    const hint = near.length ? `Did you mean "${near[0]}"?` : elsewhere ? `"${key}" belongs in ${elsewhere}.` : `Known fields here: ${known.join(', ')}.`;
    out.push(findingAt('unknown-key', ctx.file, ctx.map, { pointer: p, atKey: true }, `"${key}" at ${where} is not a Genesys field; it would be ignored.`, { hint }));
  }
}

/** Reports members the Genesys action model does not have. */
export function checkUnknownKeys(ctx: DocumentContext): Finding[] {
  const out: Finding[] = [];
  walk(ctx, ctx.doc, KNOWN, '', '', out);
  return out;
}
