import type { CharacterIndex } from './char-index.js';
import { invalidPath } from './errors.js';
import type { CompiledPath, FunctionParameter } from './tokens.js';

/**
 * Jayway `PathCompiler.parseFunctionParameters` (json-path 2.10.0, read from the released
 * bytecode), quirks included, starting just after the `(`; leaves the cursor after the closing
 * `)`. A parameter's type is decided by its first non-blank character: `{`, a digit, `"` or `-`
 * start JSON, `$` or `@` a path; anything else (a single quote, `[`, `t`, `n` …) leaves the type
 * unknown and the characters are dropped until a separator — so `concat('-x')` passes the JSON
 * text `-x'`, `concat('a', 'b')` passes nothing and `sum([1,2])` passes `1,2]`. A comma inside a
 * double-quoted string at depth 1 is dropped (`"a,b"` → `"ab"`), `\"` counts as another quote.
 * @param compilePath compiles a path parameter (Jayway's private compile: no `$.` prefix, no trim).
 * @throws JsonPathError (`InvalidPathException`) for unbalanced brackets or parentheses.
 */
export function parseFunctionParameters(path: CharacterIndex, functionName: string, compilePath: (text: string) => CompiledPath): FunctionParameter[] {
  let type: 'json' | 'path' | null = null;
  let groupParen = 1;
  let groupBracket = 0;
  let groupBrace = 0;
  let groupQuote = 0;
  let endOfStream = false;
  let priorChar = '';
  const parameters: FunctionParameter[] = [];
  let parameter = '';
  // `case ')'` falls through to `case ','` in Jayway: both may end the current parameter.
  const endParameter = (c: string) => {
    if (groupQuote === 0 && groupBrace === 0 && groupBracket === 0 && ((groupParen === 0 && c === ')') || groupParen === 1)) {
      endOfStream = groupParen === 0;
      if (type !== null) {
        parameters.push(type === 'json' ? { kind: 'json', text: parameter } : { kind: 'path', path: compilePath(parameter) });
        parameter = '';
        type = null;
      }
    }
  };
  while (path.inBounds() && !endOfStream) {
    const c = path.currentChar();
    path.incrementPosition(1);
    if (type === null) {
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
      if (c === '{' || /^[0-9]$/.test(c) || /^\p{Nd}$/u.test(c) || c === '"' || c === '-') type = 'json';
      else if (c === '$' || c === '@') type = 'path';
    }
    switch (c) {
      case '"':
        if (priorChar !== '\\' && groupQuote > 0) groupQuote--;
        else groupQuote++;
        break;
      case '(':
        groupParen++;
        break;
      case '{':
        groupBrace++;
        break;
      case '[':
        groupBracket++;
        break;
      case '}':
        if (groupBrace === 0) throw invalidPath(`Unexpected close brace '}' at character position: ${path.position()}`);
        groupBrace--;
        break;
      case ']':
        if (groupBracket === 0) throw invalidPath(`Unexpected close bracket ']' at character position: ${path.position()}`);
        groupBracket--;
        break;
      case ')':
        groupParen--;
        if (groupParen < 0 || priorChar === '(') parameter += c;
        endParameter(c);
        break;
      case ',':
        endParameter(c);
        break;
    }
    if (type !== null && !(c === ',' && groupBrace === 0 && groupBracket === 0 && groupParen === 1)) parameter += c;
    priorChar = c;
  }
  if (groupBrace !== 0 || groupParen !== 0 || groupBracket !== 0) {
    throw invalidPath(`Arguments to function: '${functionName}' are not closed properly.`);
  }
  return parameters;
}
