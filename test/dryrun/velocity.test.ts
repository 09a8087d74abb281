/**
 * Velocity with Genesys semantics: the request-side table of genesys-runtime.md §11, the strict
 * success-template message of §3.1/§5.5 (S-WORKSHOP), Java number and String behaviour, tools,
 * and Velocity 2.x whitespace handling.
 */
import { describe, expect, it } from 'vitest';
import { JavaDouble } from '../../src/dryrun/json/java-double.js';
import { parseJson } from '../../src/dryrun/json/parse.js';
import type { JsonObject } from '../../src/dryrun/json/model.js';
import { inputMap } from '../../src/dryrun/steps/request.js';
import { VelocityError, createTools, renderTemplate, type VMap } from '../../src/dryrun/velocity/index.js';

function request(template: string, input: Record<string, unknown> = {}, notes: string[] = []): string {
  const ctx = createTools(notes);
  ctx.set('input', inputMap(parseJson(JSON.stringify(input)) as JsonObject));
  return renderTemplate(template, ctx, { name: 'requestTemplate', strict: false, notes });
}

function success(template: string, values: Record<string, string> = {}, notes: string[] = []): string {
  const ctx: VMap = createTools(notes);
  for (const [k, v] of Object.entries(values)) ctx.set(k, v);
  ctx.set('rawResult', '{}');
  return renderTemplate(template, ctx, { name: 'successTemplate', strict: true, notes });
}

function successError(template: string, values: Record<string, string> = {}): string {
  try {
    success(template, values);
  } catch (e) {
    expect(e).toBeInstanceOf(VelocityError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('genesys-runtime.md §11, request side', () => {
  const input = { q: 'a b/c', note: 'He said "hi"' };
  it.each([
    ['https://h/s?q=$esc.url(${input.q})', 'https://h/s?q=a+b%2Fc'],
    ['https://h/s/${input.opt}', 'https://h/s/${input.opt}'],
    ['https://h/s/$!{input.opt}', 'https://h/s/'],
    ['{"n": "$esc.jsonString(${input.note})"}', '{"n": "He said \\"hi\\""}'],
    ['{"n": "${input.note}"}', '{"n": "He said "hi""}'],
    ['#if("$!{input.opt}" != "")"o":"$!{input.opt}"#end', ''],
  ])('%s → %s', (template, expected) => {
    expect(request(template, input)).toBe(expected);
  });
});

describe('strict success template', () => {
  it('reports an undefined variable exactly as Genesys does (S-WORKSHOP)', () => {
    expect(successError('{"PresenceArray" : $Presences}')).toBe('Variable $Presences has not been set at successTemplate[line 1, column 20]');
  });
  it('column at the $, also for ${x} and $!{x}; 1-based lines', () => {
    expect(successError('{"n": ${nme}}')).toBe('Variable $nme has not been set at successTemplate[line 1, column 7]');
    expect(successError('{"n": $!{nme}}')).toBe('Variable $nme has not been set at successTemplate[line 1, column 7]');
    expect(successError('{"n": 1}\n  ${nme}')).toBe('Variable $nme has not been set at successTemplate[line 2, column 3]');
  });
  it('counts a tab to the next multiple of 8, as Velocity does', () => {
    expect(successError('{\t"n": ${nme}}')).toBe('Variable $nme has not been set at successTemplate[line 1, column 14]');
  });
  it('locates undefined references nested in method arguments and strings', () => {
    expect(successError('{"x": $successTemplateUtils.firstFromArray($nme)}')).toBe('Variable $nme has not been set at successTemplate[line 1, column 44]');
    expect(successError('{"x": $successTemplateUtils.firstFromArray("${nme}")}')).toBe('Variable $nme has not been set at successTemplate[line 1, column 45]');
    expect(successError('#if($nme == 1)a#end{}')).toBe('Variable $nme has not been set at successTemplate[line 1, column 5]');
  });
  it('allows an undefined reference alone in #if, and under ! && ||', () => {
    expect(success('#if($nme)a#end{}')).toBe('{}');
    expect(success('#if(!$nme && !$x || $y)a#end{}')).toBe('a{}');
  });
  it('translation values are JSON text, so references are written unquoted', () => {
    expect(success('{"n": ${name}}', { name: '"Ann \\"A\\""' })).toBe('{"n": "Ann \\"A\\""}');
  });
  it('String methods work on translation values', () => {
    expect(success("$n.replace('\"','')", { n: '"abc"' })).toBe('abc');
  });
});

describe('Java values', () => {
  it('renders integers plainly and doubles like Double.toString', () => {
    const ctx = createTools([]);
    ctx.set('i', 42);
    ctx.set('d', new JavaDouble(1));
    ctx.set('e', new JavaDouble(12345678.9));
    expect(renderTemplate('$i $d $e', ctx, { name: 't', strict: false, notes: [] })).toBe('42 1.0 1.23456789E7');
  });
  it('integer division truncates; a double operand gives a double', () => {
    expect(request('#set($a = 7 / 2)$a #set($b = 7.0 / 2)$b #set($c = 2 * 3.5)$c #set($d = -7 / 2)$d')).toBe('3 3.5 7.0 -3');
  });
  it('String.replace replaces every occurrence, as in Java', () => {
    expect(request("${input.k.replace(' ','%20')}", { k: 'a b c' })).toBe('a%20b%20c');
  });
  it('String methods', () => {
    expect(request("$input.s.substring(1,3) $input.s.length() $input.s.split(',').size() $input.s.trim() $input.s.toLowerCase() $input.s.toUpperCase() $input.s.contains('B') $input.s.startsWith(' A') $input.s.endsWith('c ') $input.s.indexOf(',') $input.s.isEmpty() $input.s.equals(' A,B,c ')", { s: ' A,B,c ' })).toBe(
      'A, 7 3 A,B,c  a,b,c   A,B,C  true true true 2 false true',
    );
  });
  it('a Java exception inside a method fails the render with Velocity\'s message', () => {
    expect(() => request('$input.s.substring(10)', { s: 'abc' })).toThrow(
      "Invocation of method 'substring' in  class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: begin 10, end 3, length 3 at requestTemplate[line 1, column 10]",
    );
  });
  it('#if follows Velocity 2.x: empty strings, zero and empty lists are false', () => {
    expect(request('#if($input.e)Y#{else}N#end#if($input.z)Y#{else}N#end#if($input.sp)Y#{else}N#end', { e: '', z: 0, sp: ' ' })).toBe('NNY');
  });
  it('#foreach with $foreach.hasNext, $foreach.count and #break', () => {
    expect(request('#foreach($i in [1,2,3])$i:$foreach.count#if($foreach.hasNext),#end#end')).toBe('1:1,2:2,3:3');
    expect(request('#foreach($i in [1..5])#if($i == 3)#break#end$i#end')).toBe('12');
  });
  it('$velocityCount works as in Velocity 1.7, with a warning (Velocity 2.x renders it literally)', () => {
    const notes: string[] = [];
    expect(request('#foreach($i in ["a","b"])$velocityCount#end', {}, notes)).toBe('12');
    expect(notes).toEqual([
      "$velocityCount is evaluated as Velocity 1.7 does (dry-run policy); Velocity 2.x renders it literally, and in the success template fails with 'Variable $velocityCount has not been set' — use $foreach.count",
    ]);
  });
  it('directive lines are gobbled; ## comments swallow their newline, not their indentation', () => {
    expect(request('{\n  "id": "${input.id}"\n  #if($input.note)\n  ,"note": "x"\n  #end\n  ## a comment\n}', { id: 'u1', note: '' })).toBe('{\n  "id": "u1"\n  }');
  });
});

describe('tools', () => {
  it('$esc', () => {
    expect(request('$esc.url(${input.q})|$esc.uriEncode(${input.q})|$esc.jsonString(${input.t})|$esc.d$esc.h$esc.q$esc.s$esc.b$esc.e', { q: "O'Brien \"Bob\" x/y & z ü +1", t: 'a"b\\c\n\u0001/é' })).toBe(
      'O%27Brien+%22Bob%22+x%2Fy+%26+z+%C3%BC+%2B1|O%27Brien%20%22Bob%22%20x%2Fy%20%26%20z%20%C3%BC%20%2B1|a\\"b\\\\c\\n\\u0001/é|$#"\'\\!',
    );
  });
  it('$math keeps integer results integral and follows MathTool quirks', () => {
    expect(request("$math.add('1','2') $math.div(7,2) $math.div(4,2) $math.mul(1.1,3) $math.round(2.5) $math.toInteger('42') $math.add(1,'x')")).toBe(
      "3 3.5 2 3.3000000000000003 2 42 $math.add(1,'x')",
    );
  });
  it('$encoding.base64', () => {
    expect(request('Basic $encoding.base64("${input.id}:${input.secret}")', { id: 'id', secret: 's3cr3t' })).toBe('Basic aWQ6czNjcjN0');
  });
  it('firstFromArray: first element as JSON text, default when empty, empty text otherwise (oracle policy)', () => {
    const notes: string[] = [];
    expect(
      success('{"a": $successTemplateUtils.firstFromArray("${ts}"), "b": $successTemplateUtils.firstFromArray("${none}", "$esc.quote$esc.quote"), "c": "$successTemplateUtils.firstFromArray(${none})"}', { ts: '["x","y"]', none: '[]' }, notes),
    ).toBe('{"a": "x", "b": "", "c": ""}');
    expect(notes).toEqual(['firstFromArray: empty array and no default; returned empty text (policy)']);
  });
});

describe('parse errors', () => {
  it('name the template, line and column', () => {
    expect(() => request('#if($input.x')).toThrow('Encountered "<EOF>" at requestTemplate[line 1, column 13]');
    expect(() => request('${input.my-key}')).toThrow('Encountered "-key}" at requestTemplate[line 1, column 11]');
    expect(() => request('A\n  #else\nB')).toThrow('Encountered "#else" at requestTemplate[line 2, column 3]');
  });
  it('are VelocityErrors of kind parse', () => {
    try {
      request('#if(');
    } catch (e) {
      expect((e as VelocityError).kind).toBe('parse');
      return;
    }
    throw new Error('expected a parse error');
  });
  it('a hyphen ends an unbraced identifier', () => {
    expect(request('$input.first-name', { first: 'F' })).toBe('F-name');
  });
});

describe('interpolated strings', () => {
  it('render references inside double quotes, not single quotes', () => {
    expect(request('#set($s = "a${input.i}b")$s #set($t = \'a${input.i}b\')$t', { i: 5 })).toBe('a5b a${input.i}b');
  });
  it('report a syntax error inside a double-quoted string at its place in the template', () => {
    expect(() => request('x #set($s = "#if(")')).toThrow(/^Encountered ".*" at requestTemplate\[line 1, column \d+\]$/);
  });
});
