import { javaTrim } from '../json/java-string.js';
import { parseArrayIndexOperation, parseArraySliceOperation } from './array-operations.js';
import { CharacterIndex, isJavaDigit } from './char-index.js';
import { JavaException, JsonPathError, invalidPath } from './errors.js';
import { compileFilter } from './filter-compiler.js';
import { parseFunctionParameters } from './function-params.js';
import { type CompiledPath, type FunctionToken, type PathToken, isTokenDefinite } from './tokens.js';
import { jaywayUnescape } from './unescape.js';

const cache = new Map<string, CompiledPath>();
const CACHE_LIMIT = 2000;

/**
 * Compiles a JSONPath as Jayway's `PathCompiler.compile` does (json-path 2.10.0, ported from the
 * released bytecode): when the first character of the text is neither `$` nor `@`, `$.` is
 * prepended (so `a.b` and `['k']` work, and `" $.a"` becomes `$. $.a`); `$.['k']` is accepted;
 * dot-notation names may hold any character but space, `.`, `[` and `(`; a single character
 * after the last token is ignored (`$.xs[0]x`); the `)` of an argument-less function that is not
 * last becomes a property token (`$.xs.length().x` looks for a property `)`). Compiled paths
 * are immutable and cached. Paths of any length compile without recursion per token.
 * @throws JsonPathError (`InvalidPathException`) with Jayway's message; other Java exceptions
 * are wrapped the way Jayway wraps them (`java.lang.StringIndexOutOfBoundsException: …`); an
 * empty path is `IllegalArgumentException: json can not be null or empty` (`JsonPath.compile`).
 */
export function compileJsonPath(path: string): CompiledPath {
  // `JsonPath.compile` checks this before `PathCompiler.compile` runs.
  if (path === '') throw new JsonPathError('IllegalArgumentException', 'json can not be null or empty');
  const hit = cache.get(path);
  if (hit) return hit;
  const compiled = compileUncached(path);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(path, compiled);
  return compiled;
}

/**
 * {@link compileJsonPath} without the cache: every call returns new token objects, as each
 * `PathCompiler.compile` does in Jayway. Paths inside filters and function parameters use this,
 * because Jayway keeps evaluation state on token objects (see evaluator.ts).
 */
export function compileUncached(path: string): CompiledPath {
  return guard(() => {
    let ci = new CharacterIndex(path);
    ci.trim();
    if (ci.charAt(0) !== '$' && ci.charAt(0) !== '@') {
      ci = new CharacterIndex(`$.${path}`);
      ci.trim();
    }
    if (ci.lastCharIs('.')) throw invalidPath("Path must not end with a '.' or '..'");
    return new PathCompiler(ci).compile();
  });
}

/** Jayway's private `new PathCompiler(text).compile()` used for function parameters: no prefix, no trim. */
function compileParameterPath(text: string): CompiledPath {
  return new PathCompiler(new CharacterIndex(text)).compile();
}

/** `PathCompiler.compile`'s catch: Java exceptions become `InvalidPathException(cause)`. */
function guard(compile: () => CompiledPath): CompiledPath {
  try {
    return compile();
  } catch (e) {
    if (e instanceof JsonPathError && e.kind === 'InvalidPathException') throw e;
    if (e instanceof JavaException) throw invalidPath(e.toString());
    if (e instanceof JsonPathError) throw invalidPath(`com.jayway.jsonpath.${e.kind}: ${e.message}`);
    if (e instanceof RangeError) throw invalidPath('Path is nested too deeply to compile');
    throw e;
  }
}

class PathCompiler {
  private readonly tokens: PathToken[] = [];
  private root: '$' | '@' = '$';

  constructor(private readonly path: CharacterIndex) {}

  compile(): CompiledPath {
    this.readContextToken();
    return invertScannerFunction(this.root, this.tokens);
  }

  private fail(message: string): never {
    throw invalidPath(message);
  }

  private readWhitespace(): void {
    const p = this.path;
    while (p.inBounds()) {
      const c = p.currentChar();
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') break;
      p.incrementPosition(1);
    }
  }

  /** `[$ | @]` followed by the tokens. */
  private readContextToken(): void {
    const p = this.path;
    this.readWhitespace();
    const c = p.currentChar();
    if (c !== '$' && c !== '@') throw invalidPath("Path must start with '$' or '@'");
    this.root = c;
    if (p.currentIsTail()) return;
    p.incrementPosition(1);
    if (p.currentChar() !== '.' && p.currentChar() !== '[') this.fail(`Illegal character at position ${p.position()} expected '.' or '['`);
    // Jayway recurses once per token (`return path.currentIsTail() || readNextToken(...)`); the
    // same control flow as a loop. A dot is always followed by a token, even at the tail.
    let mustRead = true;
    while (mustRead || !p.currentIsTail()) mustRead = this.readNextToken();
  }

  /** Reads one token; true when the next token must be read whatever the position (after `.`). */
  private readNextToken(): boolean {
    const p = this.path;
    switch (p.currentChar()) {
      case '[':
        if (!this.readBracketPropertyToken() && !this.readArrayToken() && !this.readWildCardToken() && !this.readFilterToken() && !this.readPlaceholderToken()) {
          this.fail(`Could not parse token starting at position ${p.position()}. Expected ?, ', 0-9, * `);
        }
        return false;
      case '.':
        this.readDotToken();
        return true;
      case '*':
        if (!this.readWildCardToken()) this.fail(`Could not parse token starting at position ${p.position()}`);
        return false;
      default:
        if (!this.readPropertyOrFunctionToken()) this.fail(`Could not parse token starting at position ${p.position()}`);
        return false;
    }
  }

  /** `.` and `..`; the caller reads the token that follows. */
  private readDotToken(): void {
    const p = this.path;
    if (p.currentCharIs('.') && p.nextCharIs('.')) {
      this.tokens.push({ kind: 'scan' });
      p.incrementPosition(2);
    } else if (!p.hasMoreCharacters()) {
      throw invalidPath("Path must not end with a '.");
    } else {
      p.incrementPosition(1);
    }
    if (p.currentCharIs('.')) throw invalidPath(`Character '.' on position ${p.position()} is not valid.`);
  }

  /** `fooBar` or `fooBar(...)`. */
  private readPropertyOrFunctionToken(): boolean {
    const p = this.path;
    if (p.currentCharIs('[') || p.currentCharIs('*') || p.currentCharIs('.') || p.currentCharIs(' ')) return false;
    const start = p.position();
    let read = start;
    let end = 0;
    let isFunction = false;
    while (p.inBounds(read)) {
      const c = p.charAt(read);
      if (c === ' ') throw invalidPath(`Use bracket notion ['my prop'] if your property contains blank characters. position: ${p.position()}`);
      if (c === '.' || c === '[') {
        end = read;
        break;
      }
      if (c === '(') {
        isFunction = true;
        end = read;
        break;
      }
      read++;
    }
    if (end === 0) end = p.length();
    if (!isFunction) {
      p.setPosition(end);
      this.tokens.push({ kind: 'property', names: [p.subSequence(start, end)], delimiter: "'" });
      return true;
    }
    let depth = 1;
    for (let i = read + 1; i < p.length(); i++) {
      if (p.charAt(i) === ')') depth--;
      else if (p.charAt(i) === '(') depth++;
      if (depth === 0) break;
    }
    const name = p.subSequence(start, end);
    if (depth !== 0) throw invalidPath(`Arguments to function: '${name}' are not closed properly.`);
    const fn: FunctionToken = { kind: 'function', name, parameters: [] };
    if (p.inBounds(read + 1)) {
      if (p.charAt(read + 1) !== ')') {
        p.setPosition(end + 1);
        fn.parameters = parseFunctionParameters(p, name, compileParameterPath);
      } else {
        p.setPosition(read + 1);
      }
    } else {
      p.setPosition(read);
    }
    this.tokens.push(fn);
    return true;
  }

  /** `['a']`, `["a","b"]`. */
  private readBracketPropertyToken(): boolean {
    const p = this.path;
    if (!p.currentCharIs('[')) return false;
    const delim = p.nextSignificantChar();
    if (delim !== "'" && delim !== '"') return false;
    const names: string[] = [];
    let start = p.position() + 1;
    let read = start;
    let end = 0;
    let inProperty = false;
    let inEscape = false;
    let lastSignificantWasComma = false;
    while (p.inBounds(read)) {
      const c = p.charAt(read);
      if (inEscape) inEscape = false;
      else if (c === '\\') inEscape = true;
      else if (c === ']' && !inProperty) {
        if (lastSignificantWasComma) this.fail(`Found empty property at index ${read}`);
        break;
      } else if (c === delim) {
        if (inProperty) {
          const next = p.nextSignificantChar(read);
          if (next !== ']' && next !== ',') this.fail(`Property must be separated by comma or Property must be terminated close square bracket at index ${read}`);
          end = read;
          names.push(jaywayUnescape(p.subSequence(start, end)));
          inProperty = false;
        } else {
          start = read + 1;
          inProperty = true;
          lastSignificantWasComma = false;
        }
      } else if (c === ',' && !inProperty) {
        if (lastSignificantWasComma) this.fail(`Found empty property at index ${read}`);
        lastSignificantWasComma = true;
      }
      read++;
    }
    if (inProperty) this.fail(`Property has not been closed - missing closing ${delim}`);
    const endBracket = p.indexOfNextSignificantChar(']', end);
    if (endBracket === -1) this.fail('Property has not been closed - missing closing ]');
    p.setPosition(endBracket + 1);
    this.tokens.push({ kind: 'property', names, delimiter: delim });
    return true;
  }

  /** `[1]`, `[1,2]`, `[1:2]`. */
  private readArrayToken(): boolean {
    const p = this.path;
    if (!p.currentCharIs('[')) return false;
    const next = p.nextSignificantChar();
    if (!isJavaDigit(next) && next !== '-' && next !== ':') return false;
    const begin = p.position() + 1;
    const endIdx = p.nextIndexOf(']', begin);
    if (endIdx === -1) return false;
    const expression = javaTrim(p.subSequence(begin, endIdx));
    if (expression === '*') return false;
    for (const c of expression) {
      if (!isJavaDigit(c) && c !== ',' && c !== '-' && c !== ':' && c !== ' ') return false;
    }
    this.tokens.push(expression.includes(':') ? parseArraySliceOperation(expression) : parseArrayIndexOperation(expression));
    p.setPosition(endIdx + 1);
    return true;
  }

  /** `*`, `[*]`. */
  private readWildCardToken(): boolean {
    const p = this.path;
    const inBracket = p.currentCharIs('[');
    if (inBracket && !p.nextSignificantCharIs('*')) return false;
    if (!p.currentCharIs('*') && p.isOutOfBounds(p.position() + 1)) return false;
    if (inBracket) {
      const star = p.indexOfNextSignificantChar('*');
      if (!p.nextSignificantCharIs(']', star)) throw invalidPath(`Expected wildcard token to end with ']' on position ${star + 1}`);
      p.setPosition(p.indexOfNextSignificantChar(']', star) + 1);
    } else {
      p.incrementPosition(1);
    }
    this.tokens.push({ kind: 'wildcard' });
    return true;
  }

  /** `[?(...)]`. */
  private readFilterToken(): boolean {
    const p = this.path;
    if (!p.currentCharIs('[') && !p.nextSignificantCharIs('?')) return false;
    const openStatement = p.position();
    const question = p.indexOfNextSignificantChar('?');
    if (question === -1) return false;
    const openParen = p.indexOfNextSignificantChar('(', question);
    if (openParen === -1) return false;
    const closeParen = p.indexOfMatchingCloseChar(openParen, '(', ')', true, true);
    if (closeParen === -1) return false;
    if (!p.nextSignificantCharIs(']', closeParen)) return false;
    const closeStatement = p.indexOfNextSignificantChar(']', closeParen);
    this.tokens.push({ kind: 'filter', expression: compileFilter(p.subSequence(openStatement, closeStatement + 1)) });
    p.setPosition(closeStatement + 1);
    return true;
  }

  /** `[?]`, `[?,?]`: placeholders for filters passed as arguments, which a translation map never has. */
  private readPlaceholderToken(): boolean {
    const p = this.path;
    if (!p.currentCharIs('[')) return false;
    const question = p.indexOfNextSignificantChar('?');
    if (question === -1) return false;
    const next = p.nextSignificantChar(question);
    if (next !== ']' && next !== ',') return false;
    const begin = p.position() + 1;
    const close = p.nextIndexOf(']', begin);
    if (close === -1) return false;
    const expression = p.subSequence(begin, close);
    throw invalidPath(`Not enough predicates supplied for filter [${expression}] at position ${p.position()}`);
  }
}

/**
 * Jayway `CompiledPath.invertScannerFunctionRelationship`: when the path starts with `..` and
 * ends with a function, `$..path.fn()` becomes `$.fn($..path)` — the first function receives
 * the scanned prefix as its only parameter (its own parameters are dropped). That is why
 * `$..k.length()` counts the children of the matches and why such a path is definite.
 */
function invertScannerFunction(root: '$' | '@', tokens: PathToken[]): CompiledPath {
  const definite = (t: PathToken[]) => t.every((_, i) => isTokenDefinite(t, i));
  const last = tokens[tokens.length - 1];
  if (tokens[0]?.kind !== 'scan' || last?.kind !== 'function') return { root, tokens, definite: definite(tokens) };
  const fnIndex = tokens.findIndex((t) => t.kind === 'function');
  const fn = tokens[fnIndex] as FunctionToken;
  const inner = tokens.slice(0, fnIndex);
  const param: CompiledPath = { root, tokens: inner, definite: definite(inner) };
  const outer: PathToken[] = [{ kind: 'function', name: fn.name, parameters: [{ kind: 'path', path: param }] }, ...tokens.slice(fnIndex + 1)];
  return { root, tokens: outer, definite: definite(outer), inverted: true };
}
