/**
 * Request-body rules: foreach-trailing-comma (genesys-runtime.md §9 item 15) and
 * request-body-json (§3.6, §9 item 16), with the helpers that render samples and locate
 * JSON errors.
 */
import { describe, expect, it } from 'vitest';
import { isValidJson } from '../../src/dryrun/json/parse.js';
import { errorOffset, templateOffset } from '../../src/validate/rules/request-side/json-error.js';
import { fillHoles, holeToken } from '../../src/validate/rules/request-side/json-holes.js';
import { corpusJson, corpusText } from '../support/corpus.js';
import { findingsOf } from './support/findings.js';
import { line, definitionText as requestDefinition } from './support/request-side.js';

const INPUTS = { id: { type: 'string' }, tags: { type: 'string' }, note: { type: 'string' }, flag: { type: 'boolean' } };

/** A definition file: requestTemplate on line 9 (JSON-escaped); `tags` and `id` required, `note` and `flag` optional. */
const definitionText = (body: string, method = 'POST') => requestDefinition({ body, method, inputs: INPUTS, required: ['id', 'tags'] });

describe('foreach-trailing-comma', () => {
  const RULE = 'foreach-trailing-comma';

  it('reports the unconditional comma before "]", after escapes, at the comma', () => {
    const body = '{\n  "id": "\\"$esc.jsonString($input.id)\\"",\n  "tags": [#foreach($t in $input.tags.split(","))"$esc.jsonString($t)",#end]\n}';
    const text = definitionText(body);
    const f = findingsOf(text, RULE);
    expect(f).toHaveLength(1);
    const raw = line(text, 9);
    expect(f[0]).toMatchObject({ severity: 'error', line: 9, column: raw.indexOf('",#end') + 2 });
    expect(raw[f[0]!.column! - 1]).toBe(',');
  });

  it('reports a leading comma right after "[" and accepts the guarded separators', () => {
    const leading = '{"tags": [#foreach($t in $input.tags.split(",")),"$esc.jsonString($t)"#end]}';
    expect(findingsOf(definitionText(leading), RULE)[0]!.message).toContain('leading comma');
    const ok = [
      '{"tags": [#foreach($t in $input.tags.split(","))"$esc.jsonString($t)"#if($foreach.hasNext),#end#end]}',
      '{"tags": [#foreach($t in $input.tags.split(","))#if($foreach.count > 1),#end"$esc.jsonString($t)"#end]}',
      '{"tags": [#foreach($t in $input.tags.split(","))"$esc.jsonString($t)",#end "last"]}',
      '{"tags": ["first"#foreach($t in $input.tags.split(",")),"$esc.jsonString($t)"#end]}',
      '{"tags": [#foreach($t in $input.tags.split(",")){"a": 1, "b": 2}#if($velocityHasNext),#end#end]}',
    ];
    for (const b of ok) expect(findingsOf(definitionText(b), RULE), b).toEqual([]);
  });
});

describe('request-body-json', () => {
  const RULE = 'request-body-json';

  it('reports the corpus NEGATIVE fixture at its stray trailing quote', () => {
    const text = corpusText('purplenet__Update-Data-Table-Row.json');
    const f = findingsOf(text, RULE);
    expect(f).toHaveLength(1);
    // The template ends with `}"`: the last `"` of the template is the stray one, written \" in the file.
    const raw = line(text, 13);
    expect(f[0]).toMatchObject({ severity: 'error', line: 13, column: raw.lastIndexOf('\\"') + 1 });
    expect(f[0]!.message).toContain("unexpected trailing content '\"'");
  });

  it('reports the extra closing brace of purplenet__Get-User-ID-by-Email.json at that brace', () => {
    // The oracle renders the body and answers: Unexpected trailing content '}' (code 125) after the JSON value at line 10, column 1.
    const text = corpusText('purplenet__Get-User-ID-by-Email.json');
    const [f] = findingsOf(text, RULE);
    const raw = line(text, 12);
    expect(f).toMatchObject({ severity: 'error', line: 12, column: raw.lastIndexOf('}') + 1 });
    expect(f!.message).toContain("unexpected trailing content '}'");
  });

  it('locates a missing comma after escapes in a multi-line template', () => {
    const body = '{\n  "id": "\\"$esc.jsonString($input.id)\\""\n  "tags": "$esc.jsonString($input.tags)"\n}';
    const text = definitionText(body);
    const [f] = findingsOf(text, RULE);
    const raw = line(text, 9);
    // The parser stops at the `"` that opens "tags" (line 3 of the body).
    expect(f).toMatchObject({ severity: 'error', line: 9, column: raw.indexOf('\\"tags') + 1 });
  });

  it('warns, naming the sample, when only the optional-inputs-left-out body is invalid', () => {
    const [f] = findingsOf(definitionText('{"id": "$esc.jsonString($input.id)", "flag": ${input.flag}}'), RULE);
    expect(f!.severity).toBe('warning');
    expect(f!.message).toContain('with optional inputs left out');
  });

  it('accepts text inputs written as raw JSON, guarded optionals, empty bodies and non-JSON or GET bodies', () => {
    const ok = [
      '{"attributes": ${input.tags}, "data": { ${input.id} }, "list": [ $!{input.note} ]}',
      '${input.tags}',
      '{"id": "$esc.jsonString($input.id)"#if($input.flag), "flag": $input.flag#end}',
      '',
    ];
    for (const b of ok) expect(findingsOf(definitionText(b), RULE), b).toEqual([]);
    expect(findingsOf(definitionText('{"a": 1}}', 'GET'), RULE)).toEqual([]);
  });

  it('has no finding on the corpus GOOD fixture with guarded optional inputs', () => {
    expect(findingsOf(corpusText('purplenet__Create-Callback-Extended.json'), RULE)).toEqual([]);
  });
});

describe('fillHoles', () => {
  const h = holeToken(0);
  it('writes text inside strings and JSON that fits elsewhere', () => {
    expect(fillHoles(`{"a": "x ${h} y"}`)).toBe('{"a": "x test y"}');
    for (const shape of [`{"a": ${h}}`, `{ ${h} }`, `{"a": 1, ${h}}`, `[${h}, ${h}]`, h, `{"a": [ ]${h}}`]) {
      expect(isValidJson(fillHoles(shape)), shape).toBe(true);
    }
  });

  it('keeps placeholders changed in letter case by the template recognisable', () => {
    expect(fillHoles(`{"a": "${h.toUpperCase()}"}`)).toBe('{"a": "test"}');
  });
});

describe('JSON error positions', () => {
  it('turns "at line L, column C" into an offset', () => {
    expect(errorOffset('{\n  "a" 1\n}', "Unexpected character '1' (code 49): expected ':' after field name at line 2, column 7")).toBe(8);
    expect(errorOffset('x', 'no position')).toBeUndefined();
  });

  it('maps a rendered offset back to the template through literal text around it', () => {
    const template = (corpusJson('purplenet__Update-Data-Table-Row.json') as { config: { request: { requestTemplate: string } } }).config.request.requestTemplate;
    const rendered = '{"Field name 1": 0,"Key":"test"}"';
    expect(templateOffset(rendered, rendered.length - 1, template)).toBe(template.length - 1);
    expect(templateOffset('zzzz', 2, template)).toBeUndefined();
  });
});
