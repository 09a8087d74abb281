/**
 * Rule optional-input-unguarded: an optional input written with `$`/`${}` outside a guard is
 * sent as the literal text `${input.x}` when the flow leaves it empty (genesys-runtime.md §3.3,
 * §9 item 9; §11: URL `https://h/s/${input.opt}` renders `https://h/s/${input.opt}`).
 */
import { describe, expect, it } from 'vitest';
import { corpusText } from '../support/corpus.js';
import { findingsOf } from './support/findings.js';
import { type RequestSideSpec, column, definitionText as requestDefinition } from './support/request-side.js';

const RULE = 'optional-input-unguarded';

const INPUTS = { id: { type: 'string' }, note: { type: 'string' }, count: { type: 'integer' } };

/** A definition file: requestUrlTemplate on line 7, requestTemplate on line 9 (JSON-escaped); `id` required unless `required` says otherwise. */
const definitionText = (s: RequestSideSpec) => requestDefinition({ url: 'https://api.example.com/orders/$esc.url(${input.id})', inputs: INPUTS, required: ['id'], ...s });

describe('optional-input-unguarded', () => {
  it('warns at the unguarded reference, after escapes in the body', () => {
    const body = '{\n  "q": "\\"quoted\\"",\n  "note": "$esc.jsonString(${input.note})"\n}';
    const text = definitionText({ body });
    const f = findingsOf(text, RULE);
    expect(f).toHaveLength(1);
    // At the call: it is written as its own text when the input is absent (oracle).
    expect(f[0]).toMatchObject({ severity: 'warning', line: 9, column: column(text, 9, '$esc.jsonString('), pointer: '/config/request/requestTemplate' });
    expect(f[0]!.message).toContain('Optional input "note" is passed to $esc.jsonString(…) in requestTemplate without an #if guard');
    expect(f[0]!.hint).toContain('Make the call quiet ($!esc.jsonString(…))');
  });

  it('a quiet input inside a written call is still unguarded: the finding names the call, not $!', () => {
    // oracle: `$esc.url($!{input.note})` with note absent renders the call's text
    const text = definitionText({ url: 'https://api.example.com/orders?note=$esc.url($!{input.note})' });
    const f = findingsOf(text, RULE);
    expect(f.map((x) => [x.line, x.column])).toEqual([[7, column(text, 7, '$esc.url(')]]);
    expect(f[0]!.message).toBe(
      'Optional input "note" is passed to $esc.url(…) in requestUrlTemplate without an #if guard: when the flow leaves it empty, the call gives null and Genesys sends the call\'s own text.',
    );
    expect(f[0]!.hint).toBe('Make the call quiet ($!esc.url(…)), wrap it in #if("$!{input.note}" != "") … #end, or list "note" in inputSchema.required.');
  });

  it('flags a plain reference in the URL path (the §11 example)', () => {
    const text = definitionText({ url: 'https://api.example.com/orders/$esc.url(${input.id})/notes/${input.note}' });
    expect(findingsOf(text, RULE).map((f) => [f.line, f.column])).toEqual([[7, column(text, 7, '${input.note}')]]);
  });

  it('accepts the guard idioms: $!, a quiet outer call, #if($input.x), #if("$!{input.x}" != ""), #if($!input.x), #elseif', () => {
    const guarded = [
      '"a": "$!{input.note}"',
      '"b": "$!esc.jsonString(${input.note})"',
      '#if($input.note)"c": "$esc.jsonString(${input.note})"#end',
      '#if("$!{input.note}" != "")"d": "$esc.jsonString($input.note)"#end',
      '#if($!input.note)"e": "${input.note}"#end',
      '#if($input.id == "x")"f": 1#elseif($input.note && $input.id)"g": "${input.note}"#end',
    ];
    for (const g of guarded) expect(findingsOf(definitionText({ body: `{${g}}` }), RULE), g).toEqual([]);
  });

  it('is not fooled by guards that do not test the input', () => {
    const unguarded = [
      '#if(!$input.note)"a": "${input.note}"#end',
      '#if($input.id)"b": "${input.note}"#end',
      '#if($input.note)x#else"c": "${input.note}"#end',
      // The quiet inner reference does not help: the oracle renders `$esc.jsonString($!{input.b})` literally when b is absent.
      '"d": "$esc.jsonString($!{input.note})"',
    ];
    for (const u of unguarded) expect(findingsOf(definitionText({ body: `{${u}}` }), RULE), u).toHaveLength(1);
  });

  it('leaves required inputs and references inside directives alone', () => {
    expect(findingsOf(definitionText({ body: '{"id": "${input.id}", "n": ${input.count}}', required: ['id', 'count'] }), RULE)).toEqual([]);
    expect(findingsOf(definitionText({ body: '#set($n = $input.note){}' }), RULE)).toEqual([]);
  });

  it('reports info, asking for a required list, when inputSchema has none', () => {
    const f = findingsOf(definitionText({ body: '{"n": ${input.count}}', required: null }), RULE);
    // id (URL, inside $esc.url) and count (body): every input is optional.
    expect(f.map((x) => [x.severity, /input "(\w+)"/.exec(x.message)?.[1]])).toEqual([
      ['info', 'id'],
      ['info', 'count'],
    ]);
    expect(f[0]!.hint).toContain('no "required" list');
  });

  it('finds nothing in the corpus GOOD fixture that guards every optional input', () => {
    expect(findingsOf(corpusText('purplenet__Create-Callback-Extended.json'), RULE)).toEqual([]);
  });

  it('warns on the corpus fixture that writes the optional FieldName1 raw', () => {
    const text = corpusText('purplenet__Update-Data-Table-Row.json');
    const f = findingsOf(text, RULE);
    expect(f.map((x) => [x.severity, x.line, x.column])).toEqual([['warning', 13, column(text, 13, '${input.FieldName1}')]]);
  });
});
