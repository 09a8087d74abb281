import { type SourceText, atLocation } from './source.js';

/**
 * Template errors. Messages follow Apache Velocity 2.x wording (verified with the oracle,
 * Velocity 2.4.1), e.g. `Variable $x has not been set at successTemplate[line 1, column 7]`
 * (genesys-runtime.md §3.1, §5.5).
 */
export class VelocityError extends Error {
  override name = 'VelocityError';
  /** @param kind `parse` for syntax errors, `runtime` for evaluation errors. */
  constructor(message: string, readonly kind: 'parse' | 'runtime') {
    super(message);
  }
}

/**
 * A syntax error found before the template name is known; {@link VelocityError} is built from it
 * with `Encountered "<token>" at NAME[line L, column C]`.
 */
export class TemplateSyntaxError extends Error {
  override name = 'TemplateSyntaxError';
  /**
   * @param token the offending text (`<EOF>` at the end)
   * @param offset its offset in the template text
   */
  constructor(readonly token: string, readonly offset: number) {
    super(`Encountered "${token}"`);
  }

  /** The full Velocity message: `Encountered "<token>" at NAME[line L, column C]`. */
  describe(name: string, source: SourceText): string {
    return `Encountered "${this.token}" at ${atLocation(name, source, this.offset)}`;
  }
}

/**
 * A template beyond one of the dry run's size limits: not a Velocity syntax error, but reported
 * the same way (located, at parse time), with its own message instead of `Encountered "…"`.
 */
export abstract class TemplateLimitError extends TemplateSyntaxError {
  /**
   * @param offset where the limit is first passed
   * @param limit the limit
   * @param what the limit in words, for `token` (e.g. `nesting deeper than 1000 levels`)
   * @param message the full sentence, without location
   */
  constructor(offset: number, readonly limit: number, what: string, message: string) {
    super(what, offset);
    this.message = message;
  }

  override describe(name: string, source: SourceText): string {
    return `${this.message} at ${atLocation(name, source, this.offset)}`;
  }
}

/**
 * A template nested deeper than the dry run evaluates (blocks plus parentheses, brackets and
 * braces; `MAX_TEMPLATE_NESTING` in blocks.ts). Velocity itself goes to about 30,000 levels; a
 * fixed limit gives the same verdict on every machine instead of a stack overflow.
 */
export class TemplateTooDeepError extends TemplateLimitError {
  override name = 'TemplateTooDeepError';
  /** @param offset where the limit is first exceeded. @param limit the limit, in levels. */
  constructor(offset: number, limit: number) {
    super(offset, limit, `nesting deeper than ${limit} levels`, `Template nesting is too deep for the dry run to evaluate (more than ${limit} levels)`);
  }
}

/**
 * A template with more references and directives (`$` and `#` characters) than the dry run
 * parses (`MAX_TEMPLATE_TOKENS` in parse.ts): the velocityjs parser takes time quadratic in their
 * number (about 20 s for 30,000), and real templates hold at most a few hundred.
 */
export class TemplateTooLargeError extends TemplateLimitError {
  override name = 'TemplateTooLargeError';
  /** @param offset where the limit is passed. @param limit the limit, in `$` and `#` characters. */
  constructor(offset: number, limit: number) {
    super(offset, limit, `more than ${limit} references and directives`, `The template has more than ${limit} references and directives; the dry run does not parse it`);
  }
}

const NAMED_ESCAPES: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '"': '\\"', "'": "\\'", '\\': '\\\\' };

/** JavaCC `TokenMgrError.addEscapes`, as Velocity prints characters in lexical errors. */
function addEscapes(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    const named = NAMED_ESCAPES[ch];
    if (named !== undefined) out += named;
    else if (c < 0x20 || c > 0x7e) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

/**
 * A Velocity lexical error (a character no token can start with in the current lexer state,
 * such as `\"` inside method arguments). Velocity 2.4.1 reports it without the template name
 * (verified with the oracle):
 * `Lexical error,   Encountered: '\"' (34), after prefix "\\" (in lexical state 9) at *unset*[line 1, column 25]`.
 * Lexical states seen: 7 inside `[...]` after a reference, 8 inside directive arguments, 9 inside
 * method arguments.
 */
export class TemplateLexicalError extends TemplateSyntaxError {
  override name = 'TemplateLexicalError';
  /**
   * @param offset offset of the encountered character (the end of the text for `<EOF>`)
   * @param char the encountered character, or undefined at the end of the text
   * @param prefix the characters read before it (a backslash run), '' for none
   * @param state the JavaCC lexical state number
   */
  constructor(offset: number, readonly char: string | undefined, readonly prefix: string, readonly state: number) {
    super(char ?? '<EOF>', offset);
  }

  override describe(_name: string, source: SourceText): string {
    const after = this.prefix ? `after prefix "${addEscapes(this.prefix)}" ` : '';
    let column: number;
    let line: number;
    let what: string;
    if (this.char === undefined) {
      // Velocity appends its end marker \u001c to the text; the error lands one column past it.
      ({ line, column } = source.lineColumn(source.text.length));
      column += 1;
      what = `<EOF> ${this.prefix ? `after prefix "${addEscapes(`${this.prefix}\u001c`)}" ` : ''}`;
    } else {
      ({ line, column } = source.lineColumn(this.offset));
      // JavaCC moves the column to the next tab stop as it reads a tab.
      if (this.char === '\t') column = source.lineColumn(this.offset + 1).column - 1;
      what = `'${addEscapes(this.char)}' (${this.char.codePointAt(0)}), ${after}`;
    }
    return `Lexical error,   Encountered: ${what}(in lexical state ${this.state}) at *unset*[line ${line}, column ${column}]`;
  }
}

/**
 * An exception Velocity throws while initialising the template, reported with the bare Java
 * message and no location: a bad `\\u` escape in a double-quoted string literal gives
 * `begin 3, end 7, length 6` or `For input string: "ZZZZ" under radix 16` (oracle).
 */
export class TemplateInitError extends TemplateSyntaxError {
  override name = 'TemplateInitError';
  constructor(offset: number, readonly javaMessage: string) {
    super(javaMessage, offset);
  }

  override describe(): string {
    return this.javaMessage;
  }
}
