/**
 * Evidence for the library question: could jsonpath-plus (v11, the JSONPath library among the
 * project's dependencies, docs/DESIGN.md) replace the ported Jayway compiler and evaluator,
 * wholly or in part?
 *
 * Every committed oracle read (test/dryrun/oracle/jsonpath.json and jsonpath-fidelity.json,
 * json-path 2.10.0 + json-smart 2.6.0) is run through jsonpath-plus with its safe evaluator
 * (`eval: 'safe'`, never native eval; filter errors skip the item, like Jayway's rejected
 * items). Its matches are mapped to Jayway's shape as fairly as possible: jsonpath-plus decides
 * *which* nodes match (result pointers), the values are taken from the same document the
 * oracle read (so `2.0` stays a double), and the oracle's own definiteness decides the shape — a
 * definite read must give exactly one match, an indefinite read the list of matches, and a read
 * where Jayway throws counts as agreement when jsonpath-plus throws or finds nothing. The
 * documents evolve as the oracle's did (`append()`), by replaying each read on the engine.
 *
 * Measured (asserted below): 1059 of 1769 reads agree. 365 of the differences are function reads
 * (jsonpath-plus has no functions; `.length` is a property), 217 filter reads (JavaScript
 * semantics, no `in`, `=~`, `size`, `empty` …, truthiness instead of existence), and Jayway's
 * errors are not reproduced (jsonpath-plus answers `$.a.`, `$[`, `$['a'` and `$.s[0]` with
 * values). Even pure traversals (no filter, no function, Jayway finds a value) agree only 279
 * times in 369: negative indexes (`$.arr[-1]` finds nothing), unions (`['a','b']` is one
 * merged object in Jayway, several values in jsonpath-plus), blanks inside brackets
 * (`$[ 'a' ]`, `[ 0 ]`, `[* ]`), `$.['a']` (a deep scan for jsonpath-plus), slices with a step
 * or a negative start, `\u` escapes in keys, the key `*`, Jayway's ignored trailing character
 * and its deep-scan quirks (`$..*.e`, `$..[0,1].k`). Its tokenizer, `JSONPath.toPathArray`,
 * matches the ported PathCompiler's tokens on 442 of the 493 filter- and function-free paths
 * Jayway compiles (it keeps blanks and quotes, does not unescape, reads `$.[` as `..`, `['a']`
 * without `$` as an empty root) and never reports Jayway's syntax errors, which the validate
 * step shows to users. Conclusion: neither jsonpath-plus's evaluation nor its tokenizer can take
 * over a part of the engine without losing fidelity; the port of Jayway stays.
 */
import { JSONPath } from 'jsonpath-plus';
import { describe, expect, it } from 'vitest';
import { type JsonValue, isJsonObject, toPlainJson } from '../../src/dryrun/json/model.js';
import { writeJsonSmart } from '../../src/dryrun/json/write.js';
import { compileJsonPath } from '../../src/dryrun/jsonpath/index.js';
import type { PathToken } from '../../src/dryrun/jsonpath/tokens.js';
import { readFixture } from './helpers/fixtures.js';
import { type OracleRead, type OracleReads, copyDoc, engineRead } from './oracle/jsonpath-read.js';

type Category =
  | 'Jayway syntax error accepted'
  | 'functions'
  | 'filters'
  | 'Jayway missing-path error'
  | '$.[ form or missing $'
  | 'deep scan'
  | 'bracket keys, unions, index vs key'
  | 'other';

/** The first category a disagreeing read falls in. */
function categorize(r: OracleRead): Category {
  if (r.exception?.startsWith('InvalidPathException')) return 'Jayway syntax error accepted';
  if (/[A-Za-z]\(/.test(r.path.replace(/\[\?\(.*\)\]/g, ''))) return 'functions';
  if (r.path.includes('[?')) return 'filters';
  if (r.exception !== undefined) return 'Jayway missing-path error';
  if (!r.path.trim().startsWith('$') || /(^|[^.])\.\[/.test(r.path)) return '$.[ form or missing $';
  if (r.path.includes('..')) return 'deep scan';
  if (r.path.includes('[')) return 'bracket keys, unions, index vs key';
  return 'other';
}

/** Resolves a JSON pointer of jsonpath-plus in the engine's document (arrays and strings have `length`). */
function resolvePointer(doc: JsonValue, pointer: string): JsonValue | undefined {
  if (pointer === '') return doc;
  let cur: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) || typeof cur === 'string') cur = seg === 'length' ? cur.length : cur[Number(seg)];
    else if (isJsonObject(cur)) cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : undefined;
    else return undefined;
  }
  return cur as JsonValue | undefined;
}

/** jsonpath-plus on the current document, mapped to Jayway's shape; false when it cannot agree. */
function agrees(doc: JsonValue, expected: OracleRead): boolean {
  let pointers: string[];
  try {
    pointers = JSONPath({ path: expected.path, json: toPlainJson(doc), resultType: 'pointer', wrap: true, eval: 'safe', ignoreEvalErrors: true }) as string[];
  } catch {
    return expected.exception !== undefined;
  }
  if (expected.exception !== undefined) return pointers.length === 0;
  const values = pointers.map((p) => resolvePointer(doc, p));
  if (values.some((v) => v === undefined)) return false;
  if (expected.definite) return values.length === 1 && writeJsonSmart(values[0] as JsonValue) === expected.value;
  return writeJsonSmart(values as JsonValue[]) === expected.value;
}

/** Jayway's tokens in `JSONPath.toPathArray` notation, or undefined for tokens it has no form for. */
function asPathArray(tokens: readonly PathToken[]): string[] | undefined {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'property') out.push(t.names.length === 1 ? (t.names[0] as string) : t.names.map((n) => `'${n}'`).join(','));
    else if (t.kind === 'index') out.push(t.indexes.join(','));
    else if (t.kind === 'slice') out.push(`${t.from ?? ''}:${t.to ?? ''}`);
    else if (t.kind === 'wildcard') out.push('*');
    else if (t.kind === 'scan') out.push('..');
    else return undefined;
  }
  return out;
}

interface Measurement {
  reads: number;
  agree: number;
  byCategory: Record<string, number>;
  /** Reads without filters or functions that Jayway answers with a value (pure traversal). */
  traversalReads: number;
  traversalAgree: number;
  /** Paths Jayway compiles to filter- and function-free tokens, and how many toPathArray tokenizes alike. */
  tokenizable: number;
  tokenizedAlike: number;
}

function measure(): Measurement {
  const documents = [...readFixture<OracleReads[]>('jsonpath.json'), ...readFixture<OracleReads[]>('jsonpath-fidelity.json')];
  const m: Measurement = { reads: 0, agree: 0, byCategory: {}, traversalReads: 0, traversalAgree: 0, tokenizable: 0, tokenizedAlike: 0 };
  for (const d of documents) {
    const doc = copyDoc(d.doc);
    for (const r of d.reads) {
      const ok = agrees(doc, r);
      engineRead(doc, r.path); // replays append() so the next read sees the oracle's document
      m.reads++;
      if (ok) m.agree++;
      else m.byCategory[categorize(r)] = (m.byCategory[categorize(r)] ?? 0) + 1;
      if (r.exception === undefined && !r.path.includes('[?') && !/[A-Za-z]\(/.test(r.path)) {
        m.traversalReads++;
        if (ok) m.traversalAgree++;
      }
      let tokens: string[] | undefined;
      try {
        tokens = asPathArray(compileJsonPath(r.path).tokens);
      } catch {
        tokens = undefined;
      }
      if (tokens) {
        m.tokenizable++;
        let theirs: string[] | undefined;
        try {
          theirs = JSONPath.toPathArray(r.path).filter((s, i) => !(i === 0 && s === '$'));
        } catch {
          theirs = undefined;
        }
        if (theirs && theirs.length === tokens.length && theirs.every((s, i) => s === tokens[i])) m.tokenizedAlike++;
      }
    }
  }
  return m;
}

describe('jsonpath-plus against the Jayway oracle', () => {
  const m = measure();

  it('is measured on every committed oracle read', () => {
    expect(m.reads).toBe(1769);
  });

  it('agrees on 60% of the reads', () => {
    expect(m.agree).toBe(1059);
  });

  it('differs in these categories', () => {
    expect(m.byCategory).toEqual({
      functions: 365,
      filters: 217,
      'bracket keys, unions, index vs key': 45,
      'deep scan': 32,
      'Jayway syntax error accepted': 26,
      'Jayway missing-path error': 12,
      '$.[ form or missing $': 9,
      other: 4,
    });
  });

  it('does not even agree on pure traversals (no filter, no function, Jayway finds a value)', () => {
    expect([m.traversalAgree, m.traversalReads]).toEqual([279, 369]);
  });

  it('tokenizes differently from Jayway (JSONPath.toPathArray vs the ported PathCompiler)', () => {
    expect([m.tokenizedAlike, m.tokenizable]).toEqual([442, 493]);
  });
});
