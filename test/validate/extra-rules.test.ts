/**
 * Rules input-type-quoted (request side), translation-value-comparison and
 * first-from-array-no-default (successTemplate): located findings (after `\"` and `\n` escapes
 * in the template string, positions counted from the file text), messages, passing cases, the
 * corpus figures, and the behaviour behind each rule as the reference oracle shows it
 * (../shared/oracle, profile modern: Velocity 2.4.1, velocity-tools 3.1, json-path 2.10.0);
 * the dry run must agree with those oracle results.
 */
import { describe, expect, it } from 'vitest';
import type { Definition } from '../../src/definitions/types.js';
import { dryRun } from '../../src/dryrun/index.js';
import { corpusText } from '../support/corpus.js';
import { corpusHits, findingsOf, onlyFinding, validateFile } from './support/findings.js';
import { type RequestSideSpec, column, definitionText as requestDefinition } from './support/request-side.js';
import { charAt, exampleText, inSuccessTemplate } from './support/response-side.js';

/** The definition a file's text validates to; the test fails when it has structural errors. */
function definitionOf(text: string): Definition {
  const d = validateFile(text).definition;
  expect(d).toBeDefined();
  return d as Definition;
}

describe('input-type-quoted', () => {
  const RULE = 'input-type-quoted';
  const INPUTS = { orderId: { type: 'string' }, note: { type: 'string' }, qty: { type: 'integer' }, rate: { type: 'number' }, gift: { type: 'boolean' } };
  /** requestTemplate on line 9 of the file; every input required. */
  const definitionText = (s: RequestSideSpec) => requestDefinition({ inputs: INPUTS, required: Object.keys(INPUTS), ...s });

  it('warns at an integer input that fills a JSON string, after escapes', () => {
    const body = '{\n  "a": "\\\\ \\"q\\"",\n  "qty": "${input.qty}"\n}';
    const text = definitionText({ body });
    const f = onlyFinding(text, RULE);
    expect(f).toMatchObject({ severity: 'warning', pointer: '/config/request/requestTemplate', line: 9, column: column(text, 9, '${input.qty}') });
    expect(charAt(text, f)).toBe('$');
    expect(f.message).toBe('Input "qty" is an integer in inputSchema but requestTemplate writes it inside a JSON string: the API receives a string ("5" rather than 5) where the contract promises an integer.');
    expect(f.hint).toBe('Write the reference without quotes (`"qty": ${input.qty}`; guard an optional input with #if), unless the API expects the value as text.');
  });

  it('sends a string: the oracle renders "${input.qty}" as "5" and ${input.qty} as 5', () => {
    // oracle (Velocity 2.4.1), input {"qty": 5, "rate": 2.5, "gift": true}: step 7 renders
    // {"qty": "5", "rate": "2.5", "gift": "true"} for the quoted body and {"qty": 5} for the bare one.
    const quoted = definitionOf(definitionText({ body: '{"qty": "${input.qty}", "rate": "$!{input.rate}", "gift": "${input.gift}"}' }));
    const input = { orderId: 'A-1', note: 'n', qty: 5, rate: 2.5, gift: true };
    const step7 = (d: Definition) => dryRun(d, { input, response: { status: 200, body: {} } }).operations.find((o) => o.step === 7)?.result;
    expect(step7(quoted)).toBe('{"qty": "5", "rate": "2.5", "gift": "true"}');
    expect(step7(definitionOf(definitionText({ body: '{"qty": ${input.qty}}' })))).toBe('{"qty": 5}');
    const f = findingsOf(definitionText({ body: '{"qty": "${input.qty}", "rate": "$!{input.rate}", "gift": "${input.gift}"}' }), RULE);
    expect(f.map((x) => /Input "(\w+)" is (an? \w+)/.exec(x.message)?.slice(1, 3))).toEqual([
      ['qty', 'an integer'],
      ['rate', 'a number'],
      ['gift', 'a boolean'],
    ]);
    expect(f[2]?.message).toContain('("true" rather than true)');
  });

  it('reports an input once, counting its places', () => {
    const f = onlyFinding(definitionText({ body: '{"a": "${input.qty}", "b": [#if($input.gift)"$!{input.qty}"#end]}' }), RULE);
    expect(f.message).toContain('inside a JSON string (2 places):');
  });

  it('passes bare values, text around the reference, property names, calls, text inputs and non-JSON or GET bodies', () => {
    const body = '{"a": ${input.qty}, "label": "Qty ${input.qty}", "b": "${input.qty} items", "${input.gift}": 1, "c": "$esc.jsonString(${input.rate})", "d": "${input.note}", "e": "\\"${input.qty}\\""}';
    expect(findingsOf(definitionText({ body }), RULE)).toEqual([]);
    const quoted = '{"qty": "${input.qty}"}';
    expect(findingsOf(definitionText({ body: quoted, method: 'GET' }), RULE)).toEqual([]);
    expect(findingsOf(definitionText({ body: quoted, headers: { 'Content-Type': 'text/plain' } }), RULE)).toEqual([]);
  });

  it('flags one corpus definition: a boolean "callable" sent as text', () => {
    expect(corpusHits(RULE)).toEqual([
      'purplenet__Update-Contact-List.json: Input "callable" is a boolean in inputSchema but requestTemplate writes it inside a JSON string: the API receives a string ("true" rather than true) where the contract promises a boolean.',
    ]);
  });
});

describe('translation-value-comparison', () => {
  const RULE = 'translation-value-comparison';
  const OUTPUT = '"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}';
  const withTemplate = (successTemplate: string, extra: Record<string, unknown> = {}) => exampleText({ config: { response: { successTemplate, ...extra } } });
  /** The keys a template's findings name, with their operators, in order. */
  const compared = (template: string, extra: Record<string, unknown> = {}) => findingsOf(withTemplate(template, extra), RULE).map((f) => /so (.*) is always/.exec(f.message)?.[1]);

  it('warns at the translation value of an #if comparison, after escapes', () => {
    const template = `{\n  "note": "say \\"hi\\"",\n  ${OUTPUT},\n  "shipped": #if(\${status} == "shipped")true#{else}false#end\n}`;
    const text = withTemplate(template);
    const f = onlyFinding(text, RULE);
    expect(f).toMatchObject({ severity: 'warning', pointer: '/config/response/successTemplate', ...inSuccessTemplate(text, template, template.indexOf('${status} ==')) });
    expect(charAt(text, f)).toBe('$');
    expect(f.message).toBe('successTemplate compares translation value $status with the text "shipped", which is not JSON text: the value is the JSON text of the response value (a string arrives with its quotes), so $status == "shipped" is always false.');
    expect(f.hint).toBe(`Compare with the JSON text, quotes included ($status == '"shipped"'), or strip the quotes first ($status.replace('"','')), or write \${status} as a JSON value of the output and let the flow decide.`);
  });

  it('takes the wrong branch: the oracle and the dry run give "shipped": false, and true with the quotes', () => {
    // oracle, body {"order":{"status":"shipped","items":[{"id":"i1","state":"closed"}]}}:
    // #if(${status} == "shipped") → {"status":"shipped","shipped":false,"itemCount":1,"firstItemId":"i1"};
    // #if(${status} == '"shipped"') → … "shipped":true …
    const body = { order: { status: 'shipped', items: [{ id: 'i1', state: 'closed' }] } };
    const run = (condition: string) => dryRun(definitionOf(withTemplate(`{${OUTPUT}, "shipped": #if(${condition})true#{else}false#end}`)), { input: { orderId: 'A-1' }, response: { status: 200, body } }).finalResult;
    expect(run('${status} == "shipped"')).toEqual({ status: 'shipped', itemCount: 1, firstItemId: 'i1', shipped: false });
    expect(run(`\${status} == '"shipped"'`)).toEqual({ status: 'shipped', itemCount: 1, firstItemId: 'i1', shipped: true });
  });

  it('finds != (always true), .equals, .equalsIgnoreCase, interpolated operands, either order, #elseif and #set', () => {
    // oracle, status "ok": $status != 'ok' → true; .equals("ok"), .equalsIgnoreCase("OK"), "$status" == "ok", $status == "" → false
    const template = `#if($status != 'ok')#elseif("ok" == $!{status})#end#if($status.equals("ok") || $status.equalsIgnoreCase("OK"))#end#set($b = "$status" == "")#if($status eq "x")#end{${OUTPUT}}`;
    expect(compared(template)).toEqual(['$status != "ok"', '$status == "ok"', '$status.equals("ok")', '$status.equalsIgnoreCase("OK")', '$status == ""', '$status == "x"']);
    const text = withTemplate(template);
    const findings = findingsOf(text, RULE);
    expect(findings[0]?.message).toContain('is always true.');
    // the interpolated operand "$status" is located at its `$`, inside the string literal
    expect(findings[4]).toMatchObject(inSuccessTemplate(text, template, template.indexOf('$status" == ""')));
  });

  it('passes comparisons that can hold', () => {
    // oracle (status "ok", n 3, b true, z null): $status == '"ok"', $status == """ok""", $status.replace('"','') == "ok",
    // $status.contains("ok"), $n == "3", $b == "true", $z == "null" are true — literals that are JSON text are
    // never reported; a #set that strips the quotes makes $status == "ok" true; default `NF` of a missing
    // path and $miss == "NF" → true
    const template = `#if($status == '"ok"' || $status == """ok""" || $status.replace('"','') == "ok" || $status.contains("ok") || $itemCount == "3" || $itemCount == "true" || $firstItemId == "null" || $status == $itemCount || $status == "$esc.quote$esc.quote")#end{${OUTPUT}}`;
    expect(compared(template)).toEqual([]);
    expect(compared(`#set($status = $status.replace('"',''))#if($status == "ok")#end{${OUTPUT}}`)).toEqual([]);
    expect(compared(`#if($status == "NF")#end{${OUTPUT}}`, { translationMapDefaults: { status: 'NF' } })).toEqual([]);
    expect(compared(`#if($status == "NF")#end{${OUTPUT}}`)).toEqual(['$status == "NF"']);
  });

  it('finds nothing in the corpus (no corpus successTemplate uses a directive)', () => {
    expect(corpusHits(RULE)).toEqual([]);
  });
});

describe('first-from-array-no-default', () => {
  const RULE = 'first-from-array-no-default';
  const FILTER = "$.order.items[?(@.state == 'open')].id";
  const withTemplate = (successTemplate: string, translationMap: Record<string, string> = { firstItemId: FILTER }) => exampleText({ config: { response: { translationMap, successTemplate } } });

  it('warns at the call, after escapes, suggesting the corpus default for a string', () => {
    const template = '{\n  "note": "say \\"hi\\"",\n  "status": ${status},\n  "itemCount": ${itemCount},\n  "firstItemId": ${successTemplateUtils.firstFromArray(${firstItemId})}\n}';
    const text = withTemplate(template);
    const f = onlyFinding(text, RULE);
    expect(f).toMatchObject({ severity: 'warning', pointer: '/config/response/successTemplate', ...inSuccessTemplate(text, template, template.indexOf('${successTemplateUtils')) });
    expect(charAt(text, f)).toBe('$');
    expect(f.message).toBe('successTemplateUtils.firstFromArray(…) of "firstItemId" has no default, but translationMap "firstItemId" is an indefinite path (a filter [?(…)]) that gives an empty array when nothing matches: firstFromArray then writes nothing and the output is invalid JSON (step 10 fails).');
    expect(f.hint).toBe('Pass a default as second argument, the JSON text to write when the array is empty: ${successTemplateUtils.firstFromArray("${firstItemId}", "$esc.quote$esc.quote")} writes "" (an empty string).');
  });

  it('suggests a default of the contract type, and names wildcards and deep scans', () => {
    const f = findingsOf(withTemplate('{"status": ${status}, "itemCount": $successTemplateUtils.firstFromArray("${counts}"), "firstItemId": ${successTemplateUtils.firstFromArray("$ids")}}', { status: '$.order.status', counts: '$.order.items[*].qty', ids: '$..id' }), RULE);
    expect(f.map((x) => /\(([^)]*)\) that gives/.exec(x.message)?.[1])).toEqual(['a wildcard [*]', 'a deep scan ..']);
    expect(f[0]?.hint).toContain('firstFromArray("${counts}", "0")} writes 0.');
  });

  it('passes calls with a default, inside a JSON string, in an array, as a call argument, and definite paths', () => {
    // oracle examples/14-first-from-array.json: "$successTemplateUtils.firstFromArray(${none})" inside quotes renders "" (valid JSON)
    const template = '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${successTemplateUtils.firstFromArray("${firstItemId}", "$esc.quote$esc.quote")}, "a": "$successTemplateUtils.firstFromArray(${firstItemId})", "b": [$successTemplateUtils.firstFromArray(${firstItemId})], "c": "$esc.jsonString($successTemplateUtils.firstFromArray(${firstItemId}))", "d": ${successTemplateUtils.firstFromArray(${definite})}}';
    expect(findingsOf(withTemplate(template, { firstItemId: FILTER, definite: '$.order.items' }), RULE)).toEqual([]);
  });

  it('flags 14 calls in 9 corpus definitions', () => {
    const hits = corpusHits(RULE);
    expect(hits).toHaveLength(14);
    expect(new Set(hits.map((h) => h.split(':')[0])).size).toBe(9);
    expect(hits.filter((h) => h.startsWith('purplenet__Get-Schedule-Details.json: ')).map((h) => /of "(\w+)"/.exec(h)?.[1])).toEqual(['ScheduleStart', 'ScheduleEnd', 'State', 'RRule']);
  });

  it('is a real failure: on an empty match the oracle and the dry run fail step 10 on invalid JSON', () => {
    // oracle, corpus purplenet__Get-Schedule-Details.json, input {"searchAttribute":"Open Hours"}:
    // - response {"entities": []}: step 10 renders {"ScheduleStart": , "ScheduleEnd": , "State": , "RRule": } and fails:
    //   "Rendered text is not valid JSON: Unexpected character ',' (code 44): expected a JSON value at line 1, column 19"
    // - response with one entity: success, {"ScheduleStart":"2024-01-01T08:00:00.000",…}
    const d = definitionOf(corpusText('purplenet__Get-Schedule-Details.json'));
    const input = { searchAttribute: 'Open Hours' };
    const empty = dryRun(d, { input, response: { status: 200, body: { entities: [] } } });
    expect(empty.success).toBe(false);
    expect(empty.error?.step).toBe(10);
    expect(empty.operations.find((o) => o.step === 10)?.result).toBe('{"ScheduleStart": , "ScheduleEnd": , "State": , "RRule": }');
    expect(empty.error?.libraryMessage).toBe("Unexpected character ',' (code 44): expected a JSON value at line 1, column 19");
    const one = dryRun(d, { input, response: { status: 200, body: { entities: [{ id: 's1', start: '2024-01-01T08:00:00.000', end: '2024-01-01T17:00:00.000', state: 'active', rrule: 'FREQ=DAILY' }] } } });
    expect(one.finalResult).toEqual({ ScheduleStart: '2024-01-01T08:00:00.000', ScheduleEnd: '2024-01-01T17:00:00.000', State: 'active', RRule: 'FREQ=DAILY' });
  });
});
