import { CharacterIndex } from './char-index.js';
import { JsonPathError, invalidPath } from './errors.js';
import { compileFilter } from './filter-compiler.js';
import { type CompiledPath, type FunctionParameter, type PathToken, isTokenDefinite } from './tokens.js';
import { jaywayUnescape } from './unescape.js';

const cache = new Map<string, CompiledPath>();
const CACHE_LIMIT = 2000;

/**
 * Compiles a JSONPath the way Jayway's `PathCompiler.compile` does (json-path 2.10.0): a path
 * not starting with `$` or `@` gets `$.` prepended (so `a.b` and `['k']` work), `$.['k']` is
 * accepted, dot-notation names may contain any character except space, `.`, `[` and `(`.
 * Compiled paths are cached (they are immutable).
 * @throws JsonPathError (`InvalidPathException`) with Jayway's message.
 */
export function compileJsonPath(path: string): CompiledPath {
  const hit = cache.get(path);
  if (hit) return hit;
  const compiled = compileUncached(path);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(path, compiled);
  return compiled;
}

function compileUncached(path: string): CompiledPath {
  try {
    let ci = new CharacterIndex(path);
    ci.trim();
    const first = ci.charAt(ci.position);
    if (first !== '$' && first !== '@') {
      ci = new CharacterIndex(`$.${path}`);
      ci.trim();
    }
    if (ci.lastCharIs('.')) throw invalidPath("Path must not end with a '.' or '..'");
    return new PathCompiler(ci).compile();
  } catch (e) {
    if (e instanceof JsonPathError) throw e;
    throw invalidPath(e instanceof Error ? e.message : String(e));
  }
}

class PathCompiler {
  private readonly tokens: PathToken[] = [];
  constructor(private readonly path: CharacterIndex) {}

  compile(): CompiledPath {
    const p = this.path;
    p.skipBlanks();
    const c = p.currentChar();
    if (c !== '$' && c !== '@') throw invalidPath("Path must start with '$' or '@'");
    const root = c;
    if (!p.currentIsTail()) {
      p.incrementPosition(1);
      if (p.currentChar() !== '.' && p.currentChar() !== '[') {
        throw invalidPath(`Illegal character at position ${p.position} expected '.' or '['`);
      }
      this.readNextToken();
    }
    const tokens = invertScannerFunction(root, this.tokens);
    const definite = tokens.every((_, i) => isTokenDefinite(tokens, i));
    return { root, tokens, definite };
  }

  private fail(message: string): never {
    throw invalidPath(message);
  }

  private readNextToken(): boolean {
    const p = this.path;
    switch (p.currentChar()) {
      case '[':
        if (!this.readBracketPropertyToken() && !this.readArrayToken() && !this.readWildCardToken() && !this.readFilterToken()) {
          this.fail(`Could not parse token starting at position ${p.position}. Expected ?, ', 0-9, * `);
        }
        return true;
      case '.':
        if (!this.readDotToken()) this.fail(`Could not parse token starting at position ${p.position}`);
        return true;
      case '*':
        if (!this.readWildCardToken()) this.fail(`Could not parse token starting at position ${p.position}`);
        return true;
      default:
        if (!this.readPropertyOrFunctionToken()) this.fail(`Could not parse token starting at position ${p.position}`);
        return true;
    }
  }

  private readDotToken(): boolean {
    const p = this.path;
    if (p.currentCharIs('.') && p.nextCharIs('.')) {
      this.tokens.push({ kind: 'scan' });
      p.incrementPosition(2);
    } else if (!p.hasMoreCharacters()) {
      throw invalidPath("Path must not end with a '.");
    } else {
      p.incrementPosition(1);
    }
    if (p.currentCharIs('.')) throw invalidPath(`Character '.' on position ${p.position} is not valid.`);
    return this.readNextToken();
  }

  private readPropertyOrFunctionToken(): boolean {
    const p = this.path;
    const c0 = p.currentChar();
    if (c0 === '[' || c0 === '*' || c0 === '.' || c0 === ' ') return false;
    const start = p.position;
    let read = start;
    let end = 0;
    let isFunction = false;
    while (p.inBounds(read)) {
      const c = p.charAt(read);
      if (c === ' ') {
        throw invalidPath(`Use bracket notion ['my prop'] if your property contains blank characters. position: ${p.position}`);
      } else if (c === '.' || c === '[') {
        end = read;
        break;
      } else if (c === '(') {
        isFunction = true;
        end = read;
        break;
      }
      read++;
    }
    if (end === 0) end = p.length();
    let parameters: FunctionParameter[] = [];
    if (isFunction) {
      let depth = 1;
      let i = read + 1;
      for (; i < p.length(); i++) {
        const c = p.charAt(i);
        if (c === ')') depth--;
        else if (c === '(') depth++;
        if (depth === 0) break;
      }
      const name = p.subSequence(start, end);
      if (depth !== 0) throw invalidPath(`Arguments to function: '${name}' are not closed properly.`);
      if (p.inBounds(read + 1)) {
        if (p.charAt(read + 1) !== ')') {
          parameters = parseFunctionParameters(p.subSequence(read + 1, i));
          p.setPosition(i);
        } else {
          p.setPosition(read + 1);
        }
      } else {
        p.setPosition(read);
      }
      this.tokens.push({ kind: 'function', name, parameters });
    } else {
      p.setPosition(end);
      this.tokens.push({ kind: 'property', names: [p.subSequence(start, end)], delimiter: "'" });
    }
    return p.currentIsTail() || this.readNextToken();
  }

  private readBracketPropertyToken(): boolean {
    const p = this.path;
    if (!p.currentCharIs('[')) return false;
    const delim = p.nextSignificantChar();
    if (delim !== "'" && delim !== '"') return false;
    const names: string[] = [];
    let start = p.position + 1;
    let read = start;
    let end = 0;
    let inProperty = false;
    let inEscape = false;
    let lastWasComma = false;
    while (p.inBounds(read)) {
      const c = p.charAt(read);
      if (inEscape) inEscape = false;
      else if (c === '\\') inEscape = true;
      else if (c === ']' && !inProperty) {
        if (lastWasComma) this.fail(`Found empty property at index ${read}`);
        break;
      } else if (c === delim) {
        if (inProperty) {
          const next = p.nextSignificantChar(read);
          if (next !== ']' && next !== ',') {
            this.fail(`Property must be separated by comma or Property must be terminated close square bracket at index ${read}`);
          }
          end = read;
          names.push(jaywayUnescape(p.subSequence(start, end)));
          inProperty = false;
        } else {
          start = read + 1;
          inProperty = true;
          lastWasComma = false;
        }
      } else if (c === ',' && !inProperty) {
        if (lastWasComma) this.fail(`Found empty property at index ${read}`);
        lastWasComma = true;
      }
      read++;
    }
    if (inProperty) this.fail(`Property has not been closed - missing closing ${delim}`);
    let endBracket = p.indexOfNextSignificantChar(']', end);
    if (endBracket === -1) this.fail('Property has not been closed - missing closing ]');
    endBracket++;
    p.setPosition(endBracket);
    this.tokens.push({ kind: 'property', names, delimiter: delim });
    return p.currentIsTail() || this.readNextToken();
  }

  private readArrayToken(): boolean {
    const p = this.path;
    if (!p.currentCharIs('[')) return false;
    const next = p.nextSignificantChar();
    if (!/[0-9]/.test(next) && next !== '-' && next !== ':') return false;
    const begin = p.position + 1;
    const endIdx = p.nextIndexOf(begin, ']');
    if (endIdx === -1) return false;
    const expression = p.subSequence(begin, endIdx).trim();
    if (expression === '*') return false;
    if (!/^[0-9,\-: ]*$/.test(expression)) return false;
    if (expression.includes(':')) this.tokens.push(parseSlice(expression));
    else this.tokens.push({ kind: 'index', indexes: parseIndexes(expression) });
    p.setPosition(endIdx + 1);
    return p.currentIsTail() || this.readNextToken();
  }

  private readWildCardToken(): boolean {
    const p = this.path;
    const inBracket = p.currentCharIs('[');
    if (inBracket && !p.nextSignificantCharIs('*')) return false;
    if (!p.currentCharIs('*') && p.isOutOfBounds(p.position + 1)) return false;
    if (inBracket) {
      const star = p.indexOfNextSignificantChar('*');
      if (!p.nextSignificantCharIs(']', star)) {
        throw invalidPath(`Expected wildcard token to end with ']' on position ${star + 1}`);
      }
      const close = p.indexOfNextSignificantChar(']', star);
      p.setPosition(close + 1);
    } else {
      p.incrementPosition(1);
    }
    this.tokens.push({ kind: 'wildcard' });
    return p.currentIsTail() || this.readNextToken();
  }

  private readFilterToken(): boolean {
    const p = this.path;
    if (!p.currentCharIs('[') && !p.nextSignificantCharIs('?')) return false;
    const openStatement = p.position;
    const question = p.indexOfNextSignificantChar('?');
    if (question === -1) return false;
    const openParen = p.indexOfNextSignificantChar('(', question);
    if (openParen === -1) return false;
    const closeParen = p.indexOfMatchingCloseChar(openParen, '(', ')', true, true);
    if (closeParen === -1) return false;
    if (!p.nextSignificantCharIs(']', closeParen)) return false;
    const closeStatement = p.indexOfNextSignificantChar(']', closeParen);
    const criteria = p.subSequence(openStatement, closeStatement + 1);
    this.tokens.push({ kind: 'filter', expression: compileFilter(criteria) });
    p.setPosition(closeStatement + 1);
    return p.currentIsTail() || this.readNextToken();
  }
}

/**
 * Jayway `CompiledPath.invertScannerFunctionRelationship`: `$..path.fn()` becomes
 * `$.fn($..path)` — which is why `$..k.length()` counts the children of the matches and why such
 * a path is definite.
 */
function invertScannerFunction(root: '$' | '@', t: PathToken[]): PathToken[] {
  if (t.length < 2 || t[0]?.kind !== 'scan' || t[t.length - 1]?.kind !== 'function') return t;
  const fnIndex = t.findIndex((x) => x.kind === 'function');
  const fn = t[fnIndex] as Extract<PathToken, { kind: 'function' }>;
  const inner = t.slice(0, fnIndex);
  const param: CompiledPath = { root, tokens: inner, definite: inner.every((_, i) => isTokenDefinite(inner, i)) };
  return [{ kind: 'function', name: fn.name, parameters: [{ kind: 'path', path: param }] }, ...t.slice(fnIndex + 1)];
}

function parseIndexes(expression: string): number[] {
  const parts = expression.split(',').map((s) => s.trim());
  return parts.map((s) => {
    if (!/^-?\d+$/.test(s)) throw invalidPath(`Failed to parse index: ${expression}`);
    return Number.parseInt(s, 10);
  });
}

/**
 * Jayway `ArraySliceOperation.parse` (json-path 2.10.0): only digits, `-` and `:` are allowed
 * (so `[1 : 2]` fails while `[ 1:2 ]` works, the token being trimmed first); the text is split
 * with Java's `String.split(":")`, which drops trailing empty parts (`[1:2:3]` is `[1:2]`,
 * `[1::2]` is `[1:]`); each bound is read with `Integer.parseInt`, so a bound outside the Java
 * int range, or `-` alone, fails with the wrapped `NumberFormatException` that
 * `PathCompiler.compile` turns into `InvalidPathException: java.lang.NumberFormatException: For
 * input string: "…"` (checked against the oracle, test/dryrun/jsonpath-slice.test.ts).
 * @throws JsonPathError (`InvalidPathException`).
 */
function parseSlice(expression: string): PathToken {
  if (!/^[0-9:-]*$/.test(expression)) throw invalidPath(`Failed to parse SliceOperation: ${expression}`);
  const parts = expression.split(':');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  const from = parseSliceBound(parts[0]);
  const to = parseSliceBound(parts[1]);
  if (from !== undefined && to === undefined) return { kind: 'slice', operation: 'from', from };
  if (from !== undefined && to !== undefined) return { kind: 'slice', operation: 'between', from, to };
  if (from === undefined && to !== undefined) return { kind: 'slice', operation: 'to', to };
  throw invalidPath(`Failed to parse SliceOperation: ${expression}`);
}

const JAVA_INT_MIN = -2147483648;
const JAVA_INT_MAX = 2147483647;

/** Jayway `ArraySliceOperation.tryRead`: empty → no bound, else Java `Integer.parseInt`. */
function parseSliceBound(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = /^-?[0-9]+$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
  if (!(value >= JAVA_INT_MIN && value <= JAVA_INT_MAX)) {
    throw invalidPath(`java.lang.NumberFormatException: For input string: "${text}"`);
  }
  return value;
}

/** Splits `a, $.b, [1,2]` at top-level commas; paths are compiled, the rest kept as JSON text. */
function parseFunctionParameters(text: string): FunctionParameter[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      cur += c;
      if (c === '\\') cur += text[++i] ?? '';
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim() !== '') parts.push(cur.trim());
  return parts.map((s) => (s.startsWith('$') || s.startsWith('@') ? { kind: 'path', path: compileJsonPath(s) } : { kind: 'json', text: s }));
}
