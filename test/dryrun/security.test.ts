/**
 * Templates and JSONPath filters come from pull requests: they must not reach JavaScript
 * internals, pollute prototypes, run code, read files or exhaust the runner.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dryRun } from '../../src/dryrun/index.js';
import { parseJson } from '../../src/dryrun/json/parse.js';
import type { JsonObject } from '../../src/dryrun/json/model.js';
import { JsonPathError, readJsonPath } from '../../src/dryrun/jsonpath/index.js';
import { inputMap } from '../../src/dryrun/steps/request.js';
import { VelocityError, createTools, renderTemplate } from '../../src/dryrun/velocity/index.js';
import { definitionFromExport } from './helpers/load.js';

const g = globalThis as Record<string, unknown>;

function render(template: string, strict = false): string {
  const ctx = createTools([]);
  ctx.set('input', inputMap(parseJson('{"x":"text","n":1}') as JsonObject));
  return renderTemplate(template, ctx, { name: 'requestTemplate', strict, notes: [] });
}

function pollutionCheck(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(g.pwned).toBeUndefined();
}

afterEach(() => {
  pollutionCheck();
  delete g.pwned;
});

describe('templates cannot reach JavaScript internals', () => {
  it.each([
    '$input.x.constructor',
    '$input.x.constructor.constructor',
    '$input.constructor',
    '$input.__proto__',
    '$input.x.__proto__',
    '$input.x.prototype',
    '$esc.constructor',
    '$esc.constructor.constructor("globalThis.pwned = 1")',
    '$input.x.constructor.constructor("globalThis.pwned = 1")',
    '$esc.getClass()',
    '$esc.class.forName("java.lang.Runtime")',
    '$math.constructor',
    '$math.toString.call',
    '$input.x.getClass()',
    '$input.n.constructor',
    '$input.hasOwnProperty("x")',
    '$input.valueOf()',
    '$process',
    '$require',
    '$globalThis',
    '$global',
    '$this',
    '$eval',
    '$Function',
  ])('%s renders as its own text, running nothing', (template) => {
    expect(render(template)).toBe(template);
  });

  it('calling the result of a call is a syntax error for velocityjs (Velocity renders the "()" as text); nothing runs', () => {
    for (const t of ['${input.x.constructor.constructor("globalThis.pwned = 1")()}', '$input.x.constructor.constructor("return process")().exit(1)']) {
      expect(() => render(t)).toThrow(/^Encountered "\(" at requestTemplate/);
    }
  });

  it('the same lookups are errors, not code, in strict mode', () => {
    expect(() => render('$input.x.constructor("x")', true)).toThrow(VelocityError);
    expect(() => render('$esc.constructor', true)).toThrow("Object 'org.apache.velocity.tools.generic.EscapeTool' does not contain property 'constructor'");
    expect(() => render('$process', true)).toThrow('Variable $process has not been set');
  });

  it('#set cannot pollute Object.prototype', () => {
    render('#set($input.__proto__.polluted = 1)#set($__proto__ = {"polluted": 1})#set($m = {})#set($m.__proto__ = {"polluted": true})#set($m.constructor.prototype.polluted = 1)');
    render('#set($esc.polluted = 1)#set($input.x.polluted = 1)#set($constructor = 1)#set($toString = 1)$toString');
    pollutionCheck();
  });

  it('map keys named like prototype members are plain data', () => {
    expect(render("#set($m = {})#set($m.__proto__ = 'a')#set($m.constructor = 'b')$m.__proto__ $m.constructor $m.size()")).toBe('a b 2');
  });

  it('#parse and #include cannot read files', () => {
    expect(() => render('#parse("/etc/passwd")')).toThrow('#parse is not available to data action templates');
    expect(() => render('#include("/etc/passwd")')).toThrow('#include is not available to data action templates');
    expect(render('#eval("globalThis.pwned = 1")')).toBe('#eval("globalThis.pwned = 1")');
  });

  it('a template cannot exhaust the runner', () => {
    expect(() => render('#foreach($i in [1..100000000])x#end')).toThrow(/exceeds the dry run's limit of 1000000 elements/);
    expect(() => render('#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])x#end#end#end')).toThrow(/exceeded the dry run's limit of 2000000 steps/);
    expect(() => render('#macro(r)#r()#end#r()')).toThrow(/^Max calling depth of 20 was exceeded in macro 'r'/);
    expect(() => render("$input.x.repeat(100000000)")).toThrow(/OutOfMemoryError/);
    expect(() => render('#set($s = "x")#foreach($i in [1..40])#set($s = "$s$s")#end')).toThrow(/limit/);
  });
});

describe('JSONPath filters never evaluate JavaScript', () => {
  const doc = parseJson('{"xs":[{"a":1},{"a":2}]}');
  it.each([
    '$.xs[?(@.a == (function(){ globalThis.pwned = 1; return 1 })())]',
    "$.xs[?(@.constructor.constructor('globalThis.pwned = 1')())]",
    '$.xs[?(process.exit(1))]',
    '$.xs[?(@.a == 1; globalThis.pwned = 1)]',
    "$.xs[?(@.a == 1 || eval('globalThis.pwned = 1'))]",
  ])('%s is rejected or matches nothing', (path) => {
    try {
      const r = readJsonPath(doc, path);
      expect(r.value).toEqual([]);
    } catch (e) {
      expect(e).toBeInstanceOf(JsonPathError);
    }
    expect(g.pwned).toBeUndefined();
  });
});

describe('the whole dry run on a hostile definition', () => {
  it('fails cleanly and leaves no trace', () => {
    const def = definitionFromExport({
      name: 'hostile',
      config: {
        request: { requestType: 'POST', requestUrlTemplate: '$input.x.constructor.constructor("globalThis.pwned=1")', headers: { X: '$esc.constructor' }, requestTemplate: '#set($input.__proto__.polluted = 1)' },
        response: { translationMap: { p: '$.__proto__.polluted' }, translationMapDefaults: { p: 'null' }, successTemplate: '{"p": $p, "c": "$p.constructor.name"}' },
      },
      contract: { input: { inputSchema: { type: 'object', properties: { x: { type: 'string' } } } }, output: { successSchema: { type: 'object' } } },
    });
    const r = dryRun(def, { input: { x: 'y' }, response: { status: 200, bodyText: '{"__proto__": {"polluted": 1}}' } });
    expect(r.operations.find((o) => o.step === 5)?.result).toBe('$input.x.constructor.constructor("globalThis.pwned=1")');
    expect(r.operations.find((o) => o.step === 9)?.result).toEqual({ p: '1' });
    expect(r.error?.message).toMatch(/Object 'java\.lang\.String' does not contain property 'constructor'/);
    pollutionCheck();
  });
});
