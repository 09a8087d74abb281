/**
 * Rule `jsonpath-js-habit`: JavaScript JSONPath-library habits that Jayway (the evaluator behind
 * translationMap, genesys-runtime.md §5.2 and §9 item 14) rejects or reads differently. Checked
 * against the oracle (json-path 2.10.0):
 * - `.length` without parentheses is a lookup of a property named "length": on an array or a
 *   string it throws `Expected to find an object with property ['length'] …` (default used, or
 *   step 9 fails); inside a filter the item never matches;
 * - JavaScript string methods (`startsWith('x')`, `includes('x')`) make the compiler fail
 *   (`Arguments to function: 'startsWith' are not closed properly.`), argument-less ones
 *   (`toLowerCase()`) are unknown Jayway functions: a filter using them never matches;
 * - `.0` is a property named "0", not an index;
 * - `[(@.length-1)]` script expressions do not exist (`Could not parse token …`).
 * `===` and `!==` are not reported: Jayway accepts them as type-safe comparisons, as JavaScript does.
 */
import type { DocumentContext } from '../../context.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import { dotSegments } from './path-text.js';
import { readResponseConfig, translationPointer } from './response-config.js';

/** One habit found in a path: where (offset in the path string), what, and the Jayway form. */
export interface JsHabit {
  offset: number;
  /** What the path says and how Jayway reads it. */
  problem: string;
  /** The Jayway way to write it. */
  fix: string;
}

/** JavaScript String/Array methods people write in JSONPath filters. */
const JS_METHODS = new Set(['startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'contains', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'match', 'test', 'substring', 'substr', 'charAt', 'split', 'replace', 'toString', 'localeCompare', 'search', 'some', 'every', 'find', 'filter']);

/** Escapes `s` for a Java regular expression literal between slashes. */
function regexLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, (c) => `\\${c}`);
}

/** At most this many characters after a call are read for its argument (bounds the work per call). */
const WINDOW = 400;

/** At most this many habits are reported per path. */
const MAX_HABITS = 10;

/** The single quoted argument of the call whose `(` is at `open`, if that is what follows. */
function quotedArgument(path: string, open: number): string | undefined {
  const m = /^\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1\s*\)/.exec(path.slice(open, open + WINDOW));
  return m ? (m[2] as string) : undefined;
}

/** The string compared right after `)` at `close` (`… == 'x'`), if any. */
function comparedString(path: string, close: number): string | undefined {
  const m = /^\s*===?\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/.exec(path.slice(close + 1, close + 1 + WINDOW));
  return m ? (m[2] as string) : undefined;
}

function methodFix(path: string, subject: string, method: string, open: number): string {
  const arg = quotedArgument(path, open);
  switch (method) {
    case 'startsWith':
      return arg !== undefined ? `${subject} =~ /${regexLiteral(arg)}.*/` : `${subject} =~ /prefix.*/`;
    case 'endsWith':
      return arg !== undefined ? `${subject} =~ /.*${regexLiteral(arg)}/` : `${subject} =~ /.*suffix/`;
    case 'includes':
    case 'contains':
    case 'indexOf':
    case 'lastIndexOf':
      return arg !== undefined ? `${subject} contains '${arg}'` : `${subject} contains 'text'`;
    case 'toLowerCase':
    case 'toUpperCase':
    case 'toLocaleLowerCase':
    case 'toLocaleUpperCase': {
      const close = path.slice(open, open + WINDOW).indexOf(')');
      const compared = close >= 0 ? comparedString(path, open + close) : undefined;
      return compared !== undefined ? `${subject} =~ /${regexLiteral(compared)}/i` : `${subject} =~ /text/i (the i flag ignores letter case)`;
    }
    default:
      return `${subject} =~ /regex/ (Jayway filters have no string methods; =~ must match the whole value), or ${subject} contains 'text'`;
  }
}

/** The path text of the value a method is called on: `@.name` for `@.name.startsWith(…)`. */
function subjectBefore(path: string, dot: number): string {
  let s = dot;
  while (s > 0 && dot - s < WINDOW && !/[\s(!&|=<>,[]/.test(path[s - 1] as string)) s--;
  return path.slice(s, dot) || '@';
}

/**
 * The JavaScript habits in `path`, in text order; empty when there are none. Pure; never throws.
 */
export function jsHabits(path: string): JsHabit[] {
  const out: JsHabit[] = [];
  for (const seg of dotSegments(path)) {
    if (out.length >= MAX_HABITS) break;
    if (seg.name === 'length' && !seg.call) {
      out.push({
        offset: seg.start,
        problem: `".length" is read as a property named "length", which arrays and strings do not have${seg.inFilter ? ', so the filter never matches' : ''}`,
        fix: `${path.slice(0, seg.end)}()${path.slice(seg.end)}${seg.inFilter ? ' (length() counts array elements; for the characters of a string use a regex such as =~ /.{4,}/)' : ''}`,
      });
    } else if (seg.call && JS_METHODS.has(seg.name)) {
      const open = seg.end + Math.max(path.slice(seg.end, seg.end + WINDOW).indexOf('('), 0);
      const subject = subjectBefore(path, seg.start);
      out.push({
        offset: seg.start,
        problem: `"${seg.name}(…)" is a JavaScript method; Jayway has no such function${seg.inFilter ? ' in filters' : ''}`,
        fix: seg.inFilter ? methodFix(path, subject, seg.name, open) : `${subject} (a path only selects values: remove the call, and transform the value in the successTemplate if needed)`,
      });
    } else if (/^\d+$/.test(seg.name) && !seg.inFilter) {
      out.push({
        offset: seg.start,
        problem: `".${seg.name}" is read as a property named "${seg.name}", not as an array index`,
        fix: `${path.slice(0, seg.start)}[${seg.name}]${path.slice(seg.end)}`,
      });
    }
  }
  const script = /\[\s*\(\s*@\s*\.\s*length\s*(?:-\s*(\d+))?\s*\)\s*\]/.exec(path);
  if (script) {
    const index = script[1] ? `[-${script[1]}]` : '[-1]';
    out.push({ offset: script.index, problem: 'script expressions "[(…)]" do not exist in Jayway', fix: `${path.slice(0, script.index)}${index}${path.slice(script.index + script[0].length)}` });
  } else {
    const other = /\[\s*\((?!\?)/.exec(path);
    if (other) out.push({ offset: other.index, problem: 'script expressions "[(…)]" do not exist in Jayway', fix: 'a negative index ([-1] is the last element) or a filter [?(…)]' });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Reports each JavaScript habit of each translationMap path, at its place in the path string. */
export function checkJsHabits(ctx: DocumentContext): Finding[] {
  const { translationMap } = readResponseConfig(ctx.doc);
  const findings: Finding[] = [];
  for (const [key, path] of Object.entries(translationMap)) {
    for (const h of jsHabits(path)) {
      findings.push(
        findingAt('jsonpath-js-habit', ctx.file, ctx.map, { pointer: translationPointer(key), stringIndex: h.offset }, `translationMap "${key}": ${h.problem} (Jayway JsonPath is not a JavaScript library).`, {
          hint: `Write it the Jayway way: ${h.fix}`,
        }),
      );
    }
  }
  return findings;
}
