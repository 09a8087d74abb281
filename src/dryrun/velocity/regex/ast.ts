/**
 * The tree a Java regular expression is parsed into (see parser.ts), close to the node kinds of
 * `java.util.regex.Pattern`, then written out as a JavaScript RegExp (emit.ts).
 */

/** How a literal character or a class folds case (Pattern flags CASE_INSENSITIVE / UNICODE_CASE). */
export type CaseMode = 'none' | 'ascii' | 'unicode';

/**
 * A set of code points, as Java's `CharPredicate` combinations build it. Case-insensitive
 * ASCII expansion (`BitClass.add`, `CIRange`) is applied while the set is built; Unicode case
 * folding is left to the JavaScript `i` modifier (see {@link SetNode.caseMode}).
 */
export type CharSet =
  | { k: 'cps'; cps: number[] }
  | { k: 'range'; lo: number; hi: number }
  /** A ready JavaScript `v`-mode class operand: `\p{L}` or `[...]`. */
  | { k: 'js'; src: string }
  | { k: 'union'; items: CharSet[] }
  | { k: 'and'; a: CharSet; b: CharSet }
  | { k: 'not'; a: CharSet };

/** One character matched by a set (a class, `.`, `\d`, `\p{..}` …). */
export interface SetNode {
  t: 'set';
  set: CharSet;
  caseMode: CaseMode;
}

/** A zero-width assertion. */
export type AssertKind =
  | 'begin' // ^ (not multiline), \A
  | 'end' // \z
  | 'dollar' // $ (not multiline), \Z
  | 'dollarMulti' // $ multiline
  | 'unixDollar' // $ / \Z with UNIX_LINES
  | 'unixDollarMulti'
  | 'caret' // ^ multiline
  | 'unixCaret'
  | 'lastMatch' // \G
  | 'bound' // \b
  | 'nonBound'; // \B

/** Any node of the tree. */
export type RegexNode =
  | { t: 'seq'; items: RegexNode[] }
  | { t: 'alt'; branches: RegexNode[] }
  | { t: 'char'; cp: number; caseMode: CaseMode }
  | SetNode
  | { t: 'group'; capture: number | null; body: RegexNode }
  | { t: 'look'; behind: boolean; negate: boolean; body: RegexNode }
  | { t: 'atomic'; body: RegexNode }
  | { t: 'quant'; body: RegexNode; min: number; max: number; kind: 'greedy' | 'lazy' | 'possessive' }
  | { t: 'backref'; group: number; caseMode: CaseMode }
  | { t: 'assert'; kind: AssertKind; unicodeWord: boolean }
  | { t: 'linebreak' }
  | { t: 'unsupported'; feature: string };

/** The sequence node for a list of items (a single item stands for itself). */
export function seq(items: RegexNode[]): RegexNode {
  return items.length === 1 ? (items[0] as RegexNode) : { t: 'seq', items };
}

/** What an escape sequence stands for (Java's `escape()` returns a code point or sets a node). */
export type Escaped =
  | { kind: 'cp'; cp: number }
  | { kind: 'set'; set: CharSet }
  | { kind: 'node'; node: RegexNode }
  /** A construct parsed without creating a node (Java's `create == false`). */
  | { kind: 'none' };
