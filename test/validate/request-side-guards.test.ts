/**
 * Rule optional-input-unguarded: an optional input written with `$`/`${}` outside a guard is
 * sent as the literal text `${input.x}` when the flow leaves it empty (genesys-runtime.md §3.3,
 * §9 item 9; §11: URL `https://h/s/${input.opt}` renders `https://h/s/${input.opt}`).
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/definitions/load.js';
import type { Finding } from '../../src/validate/finding.js';
import { validateDocument } from '../../src/validate/index.js';
import { corpusText } from '../support/corpus.js';

const RULE = 'optional-input-unguarded';

/** A definition file: requestUrlTemplate on line 7, requestTemplate on line 9 (JSON-escaped). */
function definitionText(s: { url?: string; body?: string; required?: string[] | null }): string {
  return [
    '{',
    '  "name": "Guards",',
    '  "integrationType": "custom-rest-actions",',
    '  "actionType": "custom",',
    '  "config": {',
    '    "request": {',
    `      "requestUrlTemplate": ${JSON.stringify(s.url ?? 'https://api.example.com/orders/$esc.url(${input.id})')},`,
    '      "requestType": "POST",',
    `      "requestTemplate": ${JSON.stringify(s.body ?? '{}')},`,
    '      "headers": {"Content-Type": "application/json"}',
    '    },',
    '    "response": {"translationMap": {}, "successTemplate": "${rawResult}"}',
    '  },',
    '  "contract": {',
    '    "input": {"inputSchema": {',
    '      "type": "object",',
    ...(s.required === null ? [] : [`      "required": ${JSON.stringify(s.required ?? ['id'])},`]),
    '      "properties": {"id": {"type": "string"}, "note": {"type": "string"}, "count": {"type": "integer"}}',
    '    }},',
    '    "output": {"successSchema": {"type": "object", "properties": {}}}',
    '  }',
    '}',
  ].join('\n');
}

function found(text: string): Finding[] {
  return validateDocument(loadDocument('defs/g.json', new TextEncoder().encode(text))).findings.filter((f) => f.ruleId === RULE);
}

const column = (text: string, lineNo: number, needle: string) => (text.split('\n')[lineNo - 1] as string).indexOf(needle) + 1;

describe('optional-input-unguarded', () => {
  it('warns at the unguarded reference, after escapes in the body', () => {
    const body = '{\n  "q": "\\"quoted\\"",\n  "note": "$esc.jsonString(${input.note})"\n}';
    const text = definitionText({ body });
    const f = found(text);
    expect(f).toHaveLength(1);
    // The inner ${input.note}: the call is written as its own text when the input is absent.
    expect(f[0]).toMatchObject({ severity: 'warning', line: 9, column: column(text, 9, '${input.note}'), pointer: '/config/request/requestTemplate' });
    expect(f[0]!.message).toContain('Optional input "note"');
  });

  it('flags a plain reference in the URL path (the §11 example)', () => {
    const text = definitionText({ url: 'https://api.example.com/orders/$esc.url(${input.id})/notes/${input.note}' });
    expect(found(text).map((f) => [f.line, f.column])).toEqual([[7, column(text, 7, '${input.note}')]]);
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
    for (const g of guarded) expect(found(definitionText({ body: `{${g}}` })), g).toEqual([]);
  });

  it('is not fooled by guards that do not test the input', () => {
    const unguarded = [
      '#if(!$input.note)"a": "${input.note}"#end',
      '#if($input.id)"b": "${input.note}"#end',
      '#if($input.note)x#else"c": "${input.note}"#end',
      // The quiet inner reference does not help: the oracle renders `$esc.jsonString($!{input.b})` literally when b is absent.
      '"d": "$esc.jsonString($!{input.note})"',
    ];
    for (const u of unguarded) expect(found(definitionText({ body: `{${u}}` })), u).toHaveLength(1);
  });

  it('leaves required inputs and references inside directives alone', () => {
    expect(found(definitionText({ body: '{"id": "${input.id}", "n": ${input.count}}', required: ['id', 'count'] }))).toEqual([]);
    expect(found(definitionText({ body: '#set($n = $input.note){}' }))).toEqual([]);
  });

  it('reports info, asking for a required list, when inputSchema has none', () => {
    const f = found(definitionText({ body: '{"n": ${input.count}}', required: null }));
    // id (URL, inside $esc.url) and count (body): every input is optional.
    expect(f.map((x) => [x.severity, /input "(\w+)"/.exec(x.message)?.[1]])).toEqual([
      ['info', 'id'],
      ['info', 'count'],
    ]);
    expect(f[0]!.hint).toContain('no "required" list');
  });

  it('finds nothing in the corpus GOOD fixture that guards every optional input', () => {
    expect(found(corpusText('purplenet__Create-Callback-Extended.json'))).toEqual([]);
  });

  it('warns on the corpus fixture that writes the optional FieldName1 raw', () => {
    const text = corpusText('purplenet__Update-Data-Table-Row.json');
    const f = found(text);
    expect(f.map((x) => [x.severity, x.line, x.column])).toEqual([['warning', 13, column(text, 13, '${input.FieldName1}')]]);
  });
});
