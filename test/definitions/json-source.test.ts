import { describe, expect, it } from 'vitest';
import { parseJsonSource, toPointer } from '../../src/definitions/json-source.js';

describe('parseJsonSource', () => {
  const text = '{\n  "name": "Get User",\n  "config": {\n    "request": { "requestType": "GET" }\n  },\n  "list": [1, {"k": "v"}]\n}\n';

  it('parses the document and maps pointers to 1-based line/column', () => {
    const src = parseJsonSource(text);
    expect(src.ok).toBe(true);
    expect(src.value).toEqual({ name: 'Get User', config: { request: { requestType: 'GET' } }, list: [1, { k: 'v' }] });
    expect(src.map.value('/name')?.start).toEqual({ line: 2, column: 11 });
    expect(src.map.key('/name')?.start).toEqual({ line: 2, column: 3 });
    expect(src.map.value('/config/request/requestType')?.start).toEqual({ line: 4, column: 33 });
    expect(src.map.value('/list/1/k')?.start).toEqual({ line: 6, column: 21 });
    expect(src.map.value('/missing')).toBeUndefined();
    expect(src.map.nearest('/config/request/headers').start).toEqual({ line: 4, column: 16 });
  });

  it('locates characters inside string values, accounting for escapes', () => {
    // decoded: a " b \n c $ { x }  -> "$" is decoded index 5; raw: "a\"b\nc${x}" -> "$" at raw 8
    const src = parseJsonSource('{"t": "a\\"b\\nc${x}", "u": "\\u00e9$"}');
    expect(src.map.positionInString('/t', 5)).toEqual({ line: 1, column: 15 });
    // "\u00e9" is one decoded character spanning six raw characters
    expect(src.map.positionInString('/u', 1)).toEqual({ line: 1, column: 34 });
  });

  it('handles CRLF line endings', () => {
    const src = parseJsonSource('{\r\n  "a": 1,\r\n  "b": 2\r\n}');
    expect(src.map.value('/b')?.start).toEqual({ line: 3, column: 8 });
  });

  it('reports a trailing comma at the comma', () => {
    const src = parseJsonSource('{\n  "a": {\n    "x": "1",\n  }\n}');
    expect(src.ok).toBe(false);
    const p = src.problems.find((x) => x.kind === 'syntax');
    expect(p?.message).toMatch(/^Trailing comma before '}'/);
    expect(src.map.positionAt(p!.offset)).toEqual({ line: 3, column: 13 });
  });

  it('reports other syntax errors with their offset', () => {
    const src = parseJsonSource('{"a": 1 "b": 2}');
    expect(src.ok).toBe(false);
    expect(src.problems[0]).toMatchObject({ kind: 'syntax', offset: 8 });
    expect(src.problems[0]!.message).toContain("Expected ','");
  });

  it('reports duplicate keys and keeps the last value', () => {
    const src = parseJsonSource('{"a": 1, "a": 2}');
    expect(src.ok).toBe(true);
    expect(src.value).toEqual({ a: 2 });
    expect(src.problems).toEqual([expect.objectContaining({ kind: 'duplicate-key', offset: 9, pointer: '' })]);
  });

  it('reports a BOM, does not count it as a column, and still parses', () => {
    const src = parseJsonSource('\uFEFF{"a": 1}');
    expect(src.ok).toBe(true);
    expect(src.value).toEqual({ a: 1 });
    expect(src.problems.map((p) => p.kind)).toEqual(['bom']);
    expect(src.map.value('/a')?.start).toEqual({ line: 1, column: 7 });
  });

  it('refuses nesting deeper than 200 levels without recursing', () => {
    const deep = '{"x": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
    const src = parseJsonSource(deep);
    expect(src.ok).toBe(false);
    expect(src.problems).toEqual([expect.objectContaining({ kind: 'too-deep', offset: 6 + 199 })]);
    expect(parseJsonSource('{"x": ' + '['.repeat(199) + ']'.repeat(199) + '}').ok).toBe(true);
  });

  it('reports empty content', () => {
    expect(parseJsonSource('  \n').problems.map((p) => p.kind)).toEqual(['empty']);
  });

  it('never lets "__proto__" keys change an object prototype', () => {
    const src = parseJsonSource('{"__proto__": {"polluted": true}, "a": {"__proto__": {"x": 1}}}');
    const v = src.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(v, '__proto__')).toBe(true);
    expect((v.a as Record<string, unknown>).x).toBeUndefined();
  });

  it('escapes pointer tokens', () => {
    expect(toPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    const src = parseJsonSource('{"a/b": {"c~d": [true]}}');
    expect(src.map.value('/a~1b/c~0d/0')?.start).toEqual({ line: 1, column: 18 });
  });
});
