/**
 * Request-side escaping rules: json-string-unescaped, esc-javascript-json, url-input-unencoded
 * (genesys-runtime.md §3.4, §3.6, §9 items 7 and 8).
 */
import { describe, expect, it } from 'vitest';
import { urlPart } from '../../src/validate/rules/request-side/url-encoding.js';
import { isIdentifierName } from '../../src/validate/rules/request-side/names.js';
import { corpusText } from '../support/corpus.js';
import { findingsOf } from './support/findings.js';
import { type RequestSideSpec, column, definitionText as requestDefinition } from './support/request-side.js';

const INPUTS = { orderId: { type: 'string' }, note: { type: 'string' }, phone: { type: 'string' }, count: { type: 'integer' }, mode: { type: 'string', enum: ['fast', 'slow'] }, any: {} };

/** A definition file: requestUrlTemplate on line 7, requestTemplate on line 9, headers on line 10; every input required. */
const definitionText = (s: RequestSideSpec) => requestDefinition({ inputs: INPUTS, required: Object.keys(INPUTS), ...s });

describe('json-string-unescaped', () => {
  const RULE = 'json-string-unescaped';

  it('warns at a text input inside a JSON string, after escapes', () => {
    const body = '{\n  "a": "\\\\ \\"q\\"",\n  "note": "Re: ${input.note}"\n}';
    const text = definitionText({ body });
    const f = findingsOf(text, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', line: 9, column: column(text, 9, '${input.note}') });
    expect(f[0]!.hint).toBe('Write "$esc.jsonString(${input.note})" (keep the surrounding quotes).');
  });

  it('counts $esc.jsonString, $esc.jsonEncode and other calls as escaped', () => {
    const body = '{"a": "$esc.jsonString(${input.note})", "b": "$esc.jsonEncode($input.note)", "c": "$esc.url(${input.note})"}';
    expect(findingsOf(definitionText({ body }), RULE)).toEqual([]);
  });

  it('flags untyped inputs and pass-through methods, not numbers, safe enums, identifiers or raw JSON', () => {
    const body = '{"a": "${input.any}", "b": "$input.note.trim()", "c": "${input.count}", "d": "${input.mode}", "e": "${input.orderId}", "f": ${input.note}, "g": ${input.rawRequest}}';
    const names = findingsOf(definitionText({ body }), RULE).map((f) => /Input "(\w+)"/.exec(f.message)?.[1]);
    expect(names).toEqual(['any', 'note']);
  });

  it('tracks JSON strings across #if branches and $esc.quote', () => {
    const body = '{"a": #if($input.count)"${input.note}"#else"x"#end, "b": $esc.quote${input.phone}$esc.quote}';
    const names = findingsOf(definitionText({ body }), RULE).map((f) => /Input "(\w+)"/.exec(f.message)?.[1]);
    expect(names).toEqual(['note', 'phone']);
  });

  it('checks only JSON bodies that are sent', () => {
    const body = '{"note": "${input.note}"}';
    expect(findingsOf(definitionText({ body, method: 'GET' }), RULE)).toEqual([]);
    expect(findingsOf(definitionText({ body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), RULE)).toEqual([]);
    expect(findingsOf(definitionText({ body, headers: {} }), RULE)).toHaveLength(1);
  });
});

describe('esc-javascript-json', () => {
  const RULE = 'esc-javascript-json';

  it('warns at $esc.javascript in a JSON body, after escapes', () => {
    // The oracle (velocity-tools 3.1) renders $esc.javascript("O'Brien \"x\"") as O\'Brien \"x\" and the body is rejected: Unrecognized escape '\''.
    const body = '{\n  "a": "\\"",\n  "name": "$esc.javascript(${input.note})"\n}';
    const text = definitionText({ body });
    const f = findingsOf(text, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', line: 9, column: column(text, 9, '$esc.javascript') });
  });

  it('checks header values written as JSON, not other headers or non-JSON bodies', () => {
    const headers = { 'Content-Type': 'application/json', 'X-Context': '{"n": "$esc.javascript($input.note)"}', 'X-Plain': '$esc.javascript($input.note)' };
    expect(findingsOf(definitionText({ headers }), RULE).map((f) => f.pointer)).toEqual(['/config/request/headers/X-Context']);
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    expect(findingsOf(definitionText({ headers: form, body: 'n=$esc.javascript($input.note)' }), RULE)).toEqual([]);
  });
});

describe('url-input-unencoded', () => {
  const RULE = 'url-input-unencoded';

  it('warns at a text input in the query, after an escaped quote in the URL', () => {
    const url = 'https://api.example.com/orders?tag=\\"x\\"&phone=${input.phone}';
    const text = definitionText({ url });
    const f = findingsOf(text, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', line: 7, column: column(text, 7, '${input.phone}') });
    expect(f[0]!.message).toContain('URL query');
  });

  it('accepts encoded values, identifiers, numbers, URL-safe enums, the host and a transformed value', () => {
    const url = 'https://${input.note}.example.com/o/${input.orderId}/$esc.uriEncode(${input.note})?a=$esc.url($input.phone)&b=${input.count}&c=$input.mode&d=${input.note.replace(" ", "%20")}';
    expect(findingsOf(definitionText({ url }), RULE)).toEqual([]);
  });

  it('says "path" for a path segment and suggests $esc.uriEncode', () => {
    const f = findingsOf(definitionText({ url: 'https://api.example.com/notes/${input.note}' }), RULE);
    expect(f[0]!.message).toContain('URL path');
    expect(f[0]!.hint).toContain('$esc.uriEncode(${input.note})');
  });

  it('tells the parts of a URL apart', () => {
    const t = 'https://h.example.com/a/${x}?q=${y}';
    expect(urlPart(t, t.indexOf('${x}'))).toBe('path');
    expect(urlPart(t, t.indexOf('${y}'))).toBe('query');
    expect(urlPart('https://${h}.example.com/', 8)).toBe('host');
    expect(urlPart('${base}/x', 0)).toBe('base');
    expect(urlPart('/api/v2/users/${u}', 14)).toBe('path');
  });

  it('recognises identifier names', () => {
    for (const n of ['id', 'conversationId', 'QUEUE_ID', 'GroupID', 'externalcontactid', 'emergencyFlowId9', 'ivrIds']) expect(isIdentifierName(n), n).toBe(true);
    for (const n of ['phone', 'Queue_Name', 'searchAttribute', 'identity']) expect(isIdentifierName(n), n).toBe(false);
  });

  it('flags the corpus query built from a free-text queue name', () => {
    const text = corpusText('purplenet__Get-Queue-ID-by-Name.json');
    const f = findingsOf(text, RULE);
    expect(f.map((x) => [x.line, x.column])).toEqual([[7, column(text, 7, '${input.Queue_Name}')]]);
  });
});
