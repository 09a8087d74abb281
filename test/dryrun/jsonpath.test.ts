/**
 * Jayway JsonPath semantics (genesys-runtime.md §5.2; the table's values were verified with
 * json-path 2.10.0 and json-smart 2.6.0) and the corrections of the oracle README.
 */
import { describe, expect, it } from 'vitest';
import { engineRead } from './oracle/jsonpath-read.js';
import { parseJson } from '../../src/dryrun/json/parse.js';
import type { JsonValue } from '../../src/dryrun/json/model.js';
import { writeJsonSmart } from '../../src/dryrun/json/write.js';
import { JsonPathError, compileJsonPath, pathToString, readJsonPath } from '../../src/dryrun/jsonpath/index.js';

const DOC = parseJson(
  '{"a":{"b":"x/y","n":null,"num":1.50,"int":150,"s":"150","obj":{"k":"v"}},"items":[{"k":"p","v":1},{"k":"q","v":null},{"k":"r"}],"empty":[],"arr":["one","two","three"],"key with space":1,"key-dash":2,"@odata.count":3,"presenceDefinition":{"systemPresence":"Available"},"nested":[{"messages":[1,2,3]},{"messages":[1]}]}',
);

function text(path: string, doc: JsonValue = DOC): string {
  return writeJsonSmart(readJsonPath(doc, path).value);
}

function failure(path: string, doc: JsonValue = DOC): string {
  try {
    readJsonPath(doc, path);
  } catch (e) {
    expect(e).toBeInstanceOf(JsonPathError);
    return (e as Error).message;
  }
  throw new Error(`expected ${path} to fail`);
}

describe('genesys-runtime.md §5.2 table', () => {
  it.each([
    ['$.a.b', '"x/y"'],
    ['$.a.n', 'null'],
    ['$.a.num', '1.5'],
    ['$.a.s', '"150"'],
    ['$.a.obj', '{"k":"v"}'],
    ['$.arr[-1]', '"three"'],
    ['$.empty[*]', '[]'],
    ['$.items[*].v', '[1,null]'],
    ['$..v', '[1,null]'],
    ["$.items[?(@.k=='p')].v", '[1]'],
    ["$.items[?(@.k=='zz')].v", '[]'],
    ['$.items[?(@.v)]', '[{"k":"p","v":1},{"k":"q","v":null}]'],
    ['$.items.length()', '3'],
    ['$.items[*].length()', '[2,2,1]'],
    ["$['key with space']", '1'],
    ['$.key-dash', '2'],
    ["$['@odata.count']", '3'],
    ["$.['presenceDefinition'].systemPresence", '"Available"'],
    ['a.b', '"x/y"'],
    ['$.nested[*].messages', '[[1,2,3],[1]]'],
  ])('%s → %s', (path, expected) => {
    expect(text(path)).toBe(expected);
  });

  it.each([
    ['$.a.missing', "No results for path: $['a']['missing']"],
    ['$.a.zz.yy', "Missing property in path $['a']['zz']"],
    [
      '$.a.b.c',
      "Expected to find an object with property ['c'] in path $['a']['b'] but found 'java.lang.String'. This is not a json object according to the JsonProvider: 'com.jayway.jsonpath.spi.json.JsonSmartJsonProvider'.",
    ],
    ['$.arr[5]', "No results for path: $['arr'][5]"],
    ['$.empty[0]', "No results for path: $['empty'][0]"],
    ['$.missing.length()', "Missing property in path $['missing']"],
    ['$.a.B', "No results for path: $['a']['B']"],
  ])('%s fails: %s', (path, message) => {
    expect(failure(path)).toBe(message);
  });

  it('`.length` without parentheses is a property lookup and fails on an array', () => {
    expect(failure('$.items.length')).toMatch(/^Expected to find an object with property \['length'\] in path \$\['items'\] but found 'net\.minidev\.json\.JSONArray'/);
  });

  it('`$.@odata.count` in dot notation reads a property named "@odata"', () => {
    expect(failure('$.@odata.count')).toBe("Missing property in path $['@odata']");
  });
});

describe('definite and indefinite paths', () => {
  it('marks paths with .., *, filters, slices and unions indefinite', () => {
    expect(compileJsonPath('$.a.b').definite).toBe(true);
    expect(compileJsonPath('$.arr[0]').definite).toBe(true);
    expect(compileJsonPath('$.items.length()').definite).toBe(true);
    for (const p of ['$..v', '$.items[*]', "$.items[?(@.k=='p')]", '$.arr[0:2]', '$.arr[0,1]']) expect(compileJsonPath(p).definite, p).toBe(false);
  });

  it('an indefinite path returns a list even for one match', () => {
    expect(readJsonPath(DOC, "$.items[?(@.k=='p')].k")).toEqual({ definite: false, value: ['p'] });
  });

  it('a missing property in the definite prefix of an indefinite path still throws (json-path 2.10)', () => {
    expect(failure("$.participants[?(@.purpose=='customer')].id", {})).toBe("Missing property in path $['participants']");
    expect(failure('$.participants[*].id', {})).toBe("Missing property in path $['participants']");
  });

  it('a miss inside the indefinite part is skipped', () => {
    expect(text('$.a[*].zz')).toBe('[]');
    expect(text('$.items[*].v')).toBe('[1,null]');
  });

  it('normalizes paths like Jayway for messages', () => {
    expect(pathToString(compileJsonPath("$.a['b'][0]..c[*][?(@.x)].length()"))).toBe("$['a']['b'][0]..['c'][*][?].length()");
  });
});

describe('filters (Jayway grammar, never JavaScript)', () => {
  const doc = parseJson('{"xs":[{"n":"a","v":1,"t":["x","y"]},{"n":"b","v":2,"t":[]},{"n":"c"}]}');
  it.each([
    ['$.xs[?(@.v == 1)].n', '["a"]'],
    ["$.xs[?(@.v == '1')].n", '["a"]'],
    ['$.xs[?(@.v != 1)].n', '["b","c"]'],
    ['$.xs[?(@.v > 1)].n', '["b"]'],
    ['$.xs[?(@.v >= 1 && @.v <= 2)].n', '["a","b"]'],
    ["$.xs[?(@.n == 'a' || @.n == 'c')].n", '["a","c"]'],
    ['$.xs[?(!@.v)].n', '["c"]'],
    ['$.xs[?(@.v)].n', '["a","b"]'],
    ["$.xs[?(@.n in ['a','c'])].n", '["a","c"]'],
    ["$.xs[?(@.n nin ['a','c'])].n", '["b"]'],
    ['$.xs[?(@.n =~ /[ab]/)].n', '["a","b"]'],
    ['$.xs[?(@.n =~ /A/i)].n', '["a"]'],
    ['$.xs[?(@.t size 2)].n', '["a"]'],
    ['$.xs[?(@.t empty true)].n', '["b"]'],
    ["$.xs[?(@.t subsetof ['x','y','z'])].n", '["a","b"]'],
    ["$.xs[?(@.t anyof ['y'])].n", '["a"]'],
    ["$.xs[?(@.t noneof ['y'])].n", '["b"]'],
    ["$.xs[?('x' in @.t)].n", '["a"]'],
    ['$.xs[?(@.n == "b")].v', '[2]'],
  ])('%s → %s', (path, expected) => {
    expect(text(path, doc)).toBe(expected);
  });

  it('rejects JavaScript operators', () => {
    expect(() => readJsonPath(doc, '$.xs[?(@.v === 1 ? true : false)]')).toThrow(JsonPathError);
  });
});

describe('functions', () => {
  const doc = parseJson('{"ns":[1,2,3.5],"o":{"a":1,"b":2},"e":[]}');
  it.each([
    ['$.ns.length()', '3'],
    ['$.ns.size()', '3'],
    ['$.ns.sum()', '6.5'],
    ['$.ns.min()', '1.0'],
    ['$.ns.max()', '3.5'],
    ['$.ns.avg()', '2.1666666666666665'],
    ['$.o.keys()', '["a","b"]'],
    ['$.ns.first()', '1'],
    ['$.ns.index(1)', '2'],
    ['$.o.length()', '2'],
    ['$..a.length()', '0'],
  ])('%s → %s', (path, expected) => {
    expect(text(path, doc)).toBe(expected);
  });

  it('aggregations over an empty array fail as in Jayway', () => {
    expect(failure('$.e.sum()', doc)).toBe('Aggregation function attempted to calculate value using empty array');
  });

  it('an unknown function fails', () => {
    expect(failure('$.ns.nope()', doc)).toBe('Function with name: nope does not exist.');
  });
});

describe('syntax', () => {
  it.each([
    ['$.a.', "Path must not end with a '.' or '..'"],
    ["$['a'", 'Property must be separated by comma or Property must be terminated close square bracket at index 4'],
    ['$.a b', "Use bracket notion ['my prop'] if your property contains blank characters. position: 2"],
  ])('%s is invalid: %s', (path, message) => {
    expect(() => compileJsonPath(path)).toThrow(message);
  });

  it('a key named like an Object.prototype member is plain data', () => {
    const doc = parseJson('{"constructor":1,"__proto__":{"p":2}}');
    expect(text('$.constructor', doc)).toBe('1');
    expect(text('$.__proto__.p', doc)).toBe('2');
    expect(failure('$.toString', {})).toBe("No results for path: $['toString']");
  });
});

describe('=~ uses the Java regex compiler of the String methods', () => {
  // Expected values: the reference oracle (json-path 2.10.0, JDK 17) on {"ss":["ab","a.","1","Ax"]}.
  const doc = parseJson('{"ss":["ab","a.","1","Ax"]}');
  it.each([
    ['$.ss[?(@ =~ /\\p{Alpha}+/)]', '["ab","Ax"]'],
    ['$.ss[?(@ =~ /(?i)A.*/)]', '["ab","a.","Ax"]'],
    ['$.ss[?(@ =~ /\\Qa.\\E/)]', '["a."]'],
  ])('%s', (path, value) => {
    expect(engineRead(doc, path)).toEqual({ path, definite: false, value });
  });
});
