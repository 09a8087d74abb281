/**
 * The Java-faithful JSON layer: Double.toString, json-smart LT_COMPRESS escaping, the strict
 * parser's messages (the oracle's Json.java wording).
 */
import { describe, expect, it } from 'vitest';
import { JavaDouble, javaDoubleToString } from '../../src/dryrun/json/java-double.js';
import { JsonParseError, parseJson } from '../../src/dryrun/json/parse.js';
import { writeJson, writeJsonSmart } from '../../src/dryrun/json/write.js';

describe('Java Double.toString', () => {
  it.each([
    [1, '1.0'],
    [2.5, '2.5'],
    [1e10, '1.0E10'],
    [12345678.9, '1.23456789E7'],
    [0.0001, '1.0E-4'],
    [0.001, '0.001'],
    [9999999, '9999999.0'],
    [-0.5, '-0.5'],
    [0, '0.0'],
    [3.3000000000000003, '3.3000000000000003'],
  ])('%s → %s', (n, s) => {
    expect(javaDoubleToString(n)).toBe(s);
  });
});

describe('JSON writers', () => {
  it('LT_COMPRESS keeps / and escapes U+2000–U+20FF and U+007F–U+009F (oracle README)', () => {
    expect(writeJsonSmart('a/b – 5€ \u0085 "q" \\ \n\u0001')).toBe('"a/b \\u2013 5\\u20AC \\u0085 \\"q\\" \\\\ \\n\\u0001"');
  });
  it('the Jackson-style writer keeps non-ASCII', () => {
    expect(writeJson({ s: 'a/b – 5€', d: new JavaDouble(1), n: null })).toBe('{"s":"a/b – 5€","d":1.0,"n":null}');
  });
  it('re-serializes numbers the Java way (1.50 → 1.5, 1e2 → 100.0)', () => {
    expect(writeJsonSmart(parseJson('[1.50, 1e2, 150, 150.0]'))).toBe('[1.5,100.0,150,150.0]');
  });
});

describe('strict parser', () => {
  it.each([
    ['{"n": ""Ann""}', "Unexpected character 'A' (code 65): expected ',' or '}' at line 1, column 9"],
    ['{"state": disconnected}', "Unexpected character 'd' (code 100): expected a JSON value at line 1, column 11"],
    ['{"a": 1,}', "Unexpected character '}' (code 125): expected a double-quoted field name at line 1, column 9"],
    ['{"a": 1} x', "Unexpected trailing content 'x' (code 120) after the JSON value at line 1, column 10"],
    ['', 'No content to parse (empty input)'],
    ['[01]', 'Invalid number: leading zeroes are not allowed at line 1, column 3'],
  ])('%s → %s', (text, message) => {
    expect(() => parseJson(text)).toThrow(JsonParseError);
    expect(() => parseJson(text)).toThrow(message);
  });
  it('keeps __proto__ as a plain member', () => {
    const v = parseJson('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
