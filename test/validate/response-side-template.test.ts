/**
 * Response-side rules on the successTemplate: success-reference-unknown,
 * quoted-translation-reference, output-type-mismatch. Each located finding sits after `\"` and
 * `\n` escapes inside the template string, and its column is computed from the file text.
 * Velocity/Jayway behaviour quoted in comments was observed with ../shared/oracle (Velocity
 * 2.4.1 strict success template, json-path 2.10.0); body {"name":"Bob","n":3,"list":[1,2]} with
 * translationMap {"name":"$.name","n":"$.n","list":"$.list"} unless a comment says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { corpusText } from '../support/corpus.js';
import { corpusHits, findingsOf, onlyFinding } from './support/findings.js';
import { charAt, exampleText, inSuccessTemplate } from './support/response-side.js';

const withTemplate = (successTemplate: string, extra: Record<string, unknown> = {}) => exampleText({ config: { response: { successTemplate, ...extra } } });

describe('success-reference-unknown', () => {
  it('reports a misspelt key after escapes, with the strict-mode text and a did-you-mean', () => {
    // oracle examples/10-strict-undefined.json: "Variable $nme has not been set at successTemplate[line 1, column 7]"
    const template = '{\n  "note": "say \\"hi\\"",\n  "status": ${Status},\n  "itemCount": ${itemCount},\n  "firstItemId": ${firstItemId}\n}';
    const text = withTemplate(template);
    const f = onlyFinding(text, 'success-reference-unknown');
    expect(f).toMatchObject({ severity: 'error', pointer: '/config/response/successTemplate', ...inSuccessTemplate(text, template, template.indexOf('${Status}')) });
    expect(charAt(text, f)).toBe('$');
    expect(f.message).toContain('"Variable $Status has not been set"');
    expect(f.hint).toBe('Did you mean $status? Names are case-sensitive.');
  });

  it('follows strict mode: #if($x) and boolean operands are tolerated, comparisons, properties and $! are not', () => {
    // oracle: #if($nope)…, #if(!$nope)…, #if(($nope))…, #if($nope && $name)… render without error;
    // #if($nope == "x") → "Variable $nope has not been set at successTemplate[line 1, column 5]"; #if($nope.x) and {"a": $!{nope}} fail the same way
    const names = (template: string) => findingsOf(withTemplate(template), 'success-reference-unknown').map((x) => x.message.match(/uses \$(\w+)/)?.[1]);
    expect(names('#if($a)#end#if(!$b)#end#if(($c))#end#if($d && $status)#end{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}}')).toEqual([]);
    expect(names('#if($a == "x")#end#if($b.x)#end{"status": $!{c}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}}')).toEqual(['a', 'b', 'c']);
  });

  it('knows what the template defines and the tools', () => {
    // oracle: #set($a = 1){"a": ${a}} → {"a":1}; #foreach with $foreach.hasNext → [1,2]; a macro parameter renders
    const template = '#set($s = $status)#macro(m $p)$p#end{"status": $s, "itemCount": #foreach($i in [1])$i#if($foreach.hasNext),#end#end, "firstItemId": #m(${firstItemId}), "raw": ${rawResult}, "q": "$esc.jsonString($math.add(1, 2))"}';
    expect(findingsOf(withTemplate(template), 'success-reference-unknown')).toEqual([]);
  });

  it('warns (not errs) about $input, whose presence in the success context is unknown', () => {
    // oracle (successContextInput false): {"a": "${input.q}"} → "Variable $input has not been set"; Genesys: unknown (genesys-runtime.md §5.5)
    const [f] = findingsOf(withTemplate('{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": "$esc.jsonString(${input.orderId})"}'), 'success-reference-unknown');
    expect(f).toMatchObject({ severity: 'warning' });
  });

  it('finds no unknown reference in the corpus (every one of them runs in Genesys)', () => {
    expect(corpusHits('success-reference-unknown')).toEqual([]);
  });
});

describe('quoted-translation-reference', () => {
  it('reports a quoted translation value after escapes', () => {
    // oracle: {"a": "${name}"} → step 10 "Unexpected character 'B' (code 66): expected ',' or '}' at line 1, column 9"
    const template = '{\n\t"note": "a \\"quoted\\" word",\n\t"status": "${status}",\n\t"itemCount": ${itemCount},\n\t"firstItemId": ${firstItemId}\n}';
    const text = withTemplate(template);
    const f = onlyFinding(text, 'quoted-translation-reference');
    expect(f).toMatchObject({ severity: 'error', ...inSuccessTemplate(text, template, template.indexOf('${status}')) });
    expect(charAt(text, f)).toBe('$');
    expect(f.hint).toContain('"…": ${status}');
  });

  it('accepts numbers made text on purpose, Velocity string arguments and $esc.jsonString', () => {
    // oracle: {"a": "${n}"} → {"a":"3"}; {"a": "$esc.jsonString(${name})"} → {"a":"\"Bob\""} (valid, a string)
    const quotedCount = withTemplate('{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}, "countText": "${itemCount}"}');
    expect(findingsOf(quotedCount, 'quoted-translation-reference')).toEqual([]);
    const args = withTemplate('{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${successTemplateUtils.firstFromArray("${firstItemId}", "$esc.quote$esc.quote")}}');
    expect(findingsOf(args, 'quoted-translation-reference')).toEqual([]);
    // corpus EDGE: "$esc.jsonString(${transcript})" stores the value's JSON text in a string on purpose
    expect(findingsOf(corpusText('purplenet__Get-Recording-by-Conversation-ID.json'), 'quoted-translation-reference')).toEqual([]);
    expect(findingsOf(corpusText('switch-voice-to-web-messaging__Get_all_Customer_Participant_Data_by_ConversationId.custom.json'), 'quoted-translation-reference')).toEqual([]);
  });

  it('reports a quoted firstFromArray of strings', () => {
    const text = withTemplate('{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": "${successTemplateUtils.firstFromArray("${ids}")}"}', { translationMap: { ids: '$.order.items[*].id' } });
    expect(findingsOf(text, 'quoted-translation-reference').map((x) => x.severity)).toEqual(['error']);
  });

  it('finds no quoted translation value in the corpus', () => {
    expect(corpusHits('quoted-translation-reference')).toEqual([]);
  });
});

describe('output-type-mismatch', () => {
  it('reports a quoted length() against an integer contract, after escapes (genesys-runtime.md §9 item 10)', () => {
    // §11: age = $.user.age with {"a": "${age}"} and a:integer → step 10 schema "string vs integer"
    const template = '{\r\n  "status": ${status},\r\n  "itemCount": "${itemCount}",\r\n  "firstItemId": ${firstItemId}\r\n}';
    const text = withTemplate(template);
    const f = onlyFinding(text, 'output-type-mismatch');
    expect(f).toMatchObject({ severity: 'error', ...inSuccessTemplate(text, template, template.indexOf('${itemCount}')) });
    expect(charAt(text, f)).toBe('$');
    expect(f.message).toContain('instance type (string) does not match any allowed primitive type (allowed: ["integer"])');
  });

  it('reports sum() against an integer contract: Jayway returns a double', () => {
    // oracle, body {"list":[1,2,3]}: $.list.sum() → step 9 value "6.0", $.list.avg() → "2.0", $.list.length() → "3";
    // §6: fge judges integers lexically, 6.0 is not an integer
    const total = (path: string, type: string) =>
      findingsOf(exampleText({ config: { response: { translationMap: { itemCount: path } } }, contract: { output: { successSchema: { properties: { itemCount: { type } } } } } }), 'output-type-mismatch');
    expect(total('$.order.items[0].prices.sum()', 'integer').map((x) => x.severity)).toEqual(['error']);
    expect(total('$.order.items[0].prices.sum()', 'number')).toEqual([]);
    expect(total('$.order.items.length()', 'integer')).toEqual([]);
    expect(total('$.order.items.length()', 'string')).toHaveLength(1);
    expect(total('$.order.keys()', 'string')).toHaveLength(1);
  });

  it('follows length() after a filter through firstFromArray (corpus EDGE limitless-flows…Get-Message-Id-Count)', () => {
    // genesys-runtime.md §5.2: a function after an indefinite part gives one value per match; firstFromArray takes the first
    const file = 'limitless-flows__Limitless---Get-Message-Id-Count-from-Genesys-v1-2021062184247.custom.json';
    expect(findingsOf(corpusText(file), 'output-type-mismatch')).toEqual([]);
    const asString = corpusText(file).replace(/("count":\s*\{[^}]*"type":\s*)"integer"/, '$1"string"');
    expect(asString).not.toBe(corpusText(file));
    expect(findingsOf(asString, 'output-type-mismatch').map((x) => x.message)).toEqual([
      expect.stringContaining('successTemplateUtils.firstFromArray of translationMap "counts"') as unknown as string,
    ]);
  });

  it('finds no certain type mismatch in the corpus', () => {
    expect(corpusHits('output-type-mismatch')).toEqual([]);
  });
});
