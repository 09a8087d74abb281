/**
 * Escaped references, `$esc.unurl`, the `$urlTool` policy and deep nesting. Expected texts are the
 * reference oracle's (profile modern, Velocity 2.4.1), run on the same templates; the golden suite
 * (golden-suite/cases v17, v18, t17, t18) carries the full-trace versions.
 */
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/dryrun/json/parse.js';
import type { JsonObject } from '../../src/dryrun/json/model.js';
import { inputMap } from '../../src/dryrun/steps/request.js';
import { VelocityError, createTools, renderTemplate, withoutRegexEvaluation, type VMap } from '../../src/dryrun/velocity/index.js';
import { OPTIONAL_QUERY_PARAM_POLICY } from '../../src/dryrun/velocity/tools/url-tool.js';

function request(template: string, input: Record<string, unknown> = {}, notes: string[] = []): string {
  const ctx = createTools(notes);
  ctx.set('input', inputMap(parseJson(JSON.stringify(input)) as JsonObject));
  return renderTemplate(template, ctx, { name: 'requestTemplate', strict: false, notes });
}

function successError(template: string): string {
  const ctx: VMap = createTools([]);
  ctx.set('rawResult', '{}');
  try {
    renderTemplate(template, ctx, { name: 'successTemplate', strict: true, notes: [] });
  } catch (e) {
    expect(e).toBeInstanceOf(VelocityError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('escaped references (Velocity user guide "Escaping Valid VTL References")', () => {
  it('an odd backslash run keeps one backslash before an undefined or null reference only', () => {
    // oracle: "\$undefined \$!x $input.a \A"
    expect(request('\\$undefined \\$!x \\$input.a \\\\$input.a', { a: 'A' })).toBe('\\$undefined \\$!x $input.a \\A');
    // oracle: "\\$x|\\\\$x|\$input.a|\\A|$input.a.toUpperCase()|\$input.b.x"
    expect(request('\\\\\\$x|\\\\\\\\$x|\\\\\\$input.a|\\\\\\\\$input.a|\\$input.a.toUpperCase()|\\$input.b.x', { a: 'A', b: null })).toBe(
      '\\\\$x|\\\\\\\\$x|\\$input.a|\\\\A|$input.a.toUpperCase()|\\$input.b.x',
    );
  });
  it('an even run is halved before a value and kept whole before null (nothing for $!)', () => {
    // oracle: "[\\$x][\\][\\\\][\\][\\${x}][\\$input.n][\\]"
    expect(request('[\\\\$x][\\\\$!x][\\\\\\\\$!x][\\\\$!{x}][\\\\${x}][\\\\$input.n][\\\\$!input.n]', { n: null })).toBe(
      '[\\\\$x][\\\\][\\\\\\\\][\\\\][\\\\${x}][\\\\$input.n][\\\\]',
    );
  });
  it('escapes inside an interpolated #set string and escaped directives', () => {
    // oracle: "a $input.a \$nope|$!{input.a}|\$!{nope}|#if(true)x#end"
    expect(request('#set($s = "a \\$input.a \\$nope")$s|\\$!{input.a}|\\$!{nope}|\\#if(true)x\\#end', { a: 'A' })).toBe(
      'a $input.a \\$nope|$!{input.a}|\\$!{nope}|#if(true)x#end',
    );
  });
  it('strict mode: an escaped undefined reference fails, located at its backslashes', () => {
    expect(successError('{"a": "\\$undefined"}')).toBe('Variable $undefined has not been set at successTemplate[line 1, column 8]');
    expect(successError('{"a": "\\\\$undefined"}')).toBe('Variable $undefined has not been set at successTemplate[line 1, column 8]');
    expect(successError('{"a": "\\${undefined}"}')).toBe('Variable $undefined has not been set at successTemplate[line 1, column 8]');
    expect(successError('{"a": "\\$undefined.foo"}')).toBe('Variable $undefined has not been set at successTemplate[line 1, column 8]');
  });
});

describe('$esc.unurl (EscapeTool → URLDecoder.decode(s, "UTF-8"))', () => {
  it('decodes + and %XX runs as UTF-8; null stays unrendered', () => {
    // oracle: "a b cé|$esc.unurl($input.n)|€|\uFFFD"
    expect(request('$esc.unurl("a%20b+c%C3%A9")|$esc.unurl($input.n)|$esc.unurl("%e2%82%ac")|$esc.unurl("%C3")', { n: null })).toBe(
      'a b cé|$esc.unurl($input.n)|€|\uFFFD',
    );
  });
  it.each([
    ['%zz', 'Illegal hex characters in escape (%) pattern - Error at index 0 in: "zz"'],
    ['ab%2', 'Incomplete trailing escape (%) pattern'],
    ['%-1', 'Illegal hex characters in escape (%) pattern - negative value'],
  ])('%s fails with URLDecoder’s IllegalArgumentException', (arg, detail) => {
    // The oracle names its own EscapeTool subclass (daoracle.Tools$Esc); the dry run names EscapeTool.
    expect(() => request(`x$esc.unurl("${arg}")`)).toThrow(
      `Invocation of method 'unurl' in  class org.apache.velocity.tools.generic.EscapeTool threw exception java.lang.IllegalArgumentException: URLDecoder: ${detail} at requestTemplate[line 1, column 7]`,
    );
  });
});

describe('$urlTool.optionalQueryParam (dry-run policy, url-tool.ts)', () => {
  it('renders &name=value percent-encoded, nothing for null, missing or empty, and warns once', () => {
    const notes: string[] = [];
    const t = '?a=1$urlTool.optionalQueryParam("q", $input.q)$urlTool.optionalQueryParam("e", $input.e)$urlTool.optionalQueryParam("m", $input.missing)$urlTool.optionalQueryParam("n", $input.n)';
    expect(request(t, { q: 'a b/é', e: '', n: null }, notes)).toBe('?a=1&q=a%20b%2F%C3%A9');
    expect(notes).toEqual([OPTIONAL_QUERY_PARAM_POLICY]);
  });
});

describe('deep nesting', () => {
  it('500 nested #if and 990 parentheses render as in Velocity (the oracle renders 3,000)', () => {
    expect(request(`${'#if(true)'.repeat(500)}x${'#end'.repeat(500)}`)).toBe('x');
    expect(request(`#set($x = ${'('.repeat(990)}1${')'.repeat(990)})$x`)).toBe('1');
  });
  it('beyond 1,000 levels: a clean error located at the deepest point, never a bare RangeError', () => {
    // #set( is level 1, the parentheses 2…1001: the 1,000th parenthesis is at column 1007
    expect(() => request(`#set($x = ${'('.repeat(1000)}1${')'.repeat(1000)})$x`)).toThrow(
      'Template nesting is too deep for the dry run to evaluate (more than 1000 levels) at requestTemplate[line 1, column 1010]',
    );
    const deep = `${'#if(true)'.repeat(20000)}x${'#end'.repeat(20000)}`;
    expect(() => request(deep)).toThrow(/^Template nesting is too deep for the dry run to evaluate \(more than 1000 levels\) at requestTemplate\[line 1, column \d+\]$/);
  });
});

describe('withoutRegexEvaluation', () => {
  it('refuses Java regexes inside, with a located error, and restores them after', () => {
    const t = '$input.s.matches("a.c")';
    expect(() => withoutRegexEvaluation(() => request(t, { s: 'abc' }))).toThrow(
      "Method 'matches': regular expressions are evaluated only by the dry run, not during validation at requestTemplate[line 1, column 10]",
    );
    expect(request(t, { s: 'abc' })).toBe('true');
  });
});
