/**
 * Request-side rules about what a template references: template-syntax (located inside a
 * request template after escapes), input-reference-unknown, input-reference-case.
 */
import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/validate/rules/request-side/did-you-mean.js';
import { corpusText } from '../support/corpus.js';
import { findingsOf } from './support/findings.js';
import { definitionText } from './support/request-side.js';

/** 1-based line and column of the first `needle` in the raw file text (independent of the source map). */
function rawPosition(text: string, needle: string, from = ''): { line: number; column: number } {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const start = from ? line.indexOf(from) : 0;
    const at = start < 0 ? -1 : line.indexOf(needle, start);
    if (at >= 0) return { line: i + 1, column: at + 1 };
  }
  throw new Error(`${needle} not in text`);
}

describe('template-syntax in a request template', () => {
  it('points at the offending character after \\", \\n and \\u escapes', () => {
    const body = '{\n  "note": "café",\n  #if($input.note == )\n}';
    const text = definitionText({ body }).replace('café', 'caf\\u00e9');
    const [f] = findingsOf(text, 'template-syntax');
    // The `)` of `== )`: line 9 of the file; its column counts the escaped characters before it.
    const expected = rawPosition(text, '== )', '"requestTemplate"');
    expect(f).toMatchObject({ severity: 'error', line: 9, column: expected.column + 3, message: 'Velocity syntax error in requestTemplate: unexpected ")".' });
    expect(text.split('\n')[8]![f!.column! - 1]).toBe(')');
  });
});

describe('input-reference-unknown', () => {
  it('locates the reference after escapes and suggests the name differing in case', () => {
    const body = '{\n  "a": "\\"x\\"",\n  "note": "$esc.jsonString(${input.Note})"\n}';
    const text = definitionText({ body, required: ['note'] });
    const [f, ...rest] = findingsOf(text, 'input-reference-unknown');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', line: 9, column: rawPosition(text, '${input.Note}').column, pointer: '/config/request/requestTemplate' });
    expect(f!.message).toContain('input "Note"');
    expect(f!.message).toContain('did you mean "note"?');
  });

  it('finds every form: $input.x, $!{input.x}, method arguments, #if and #set expressions, string literals', () => {
    const forms = ['$input.a1', '$!{input.a2}', '$esc.url(${input.a3})', '#if($input.a4)x#end', '#set($v = "${input.a5}")', '#if("$!{input.a6}" != "")y#end'];
    const text = definitionText({ url: `https://api.example.com/o?${forms.join('&')}`, inputs: { other: { type: 'string' } } });
    const names = findingsOf(text, 'input-reference-unknown').map((f) => /input "(\w+)"/.exec(f.message)?.[1]);
    expect(names.sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
  });

  it('accepts rawRequest and the reserved orgId/integrationId (genesys-runtime.md §3.2), and escaped references', () => {
    const text = definitionText({ body: '{"all": ${input.rawRequest}, "org": "$!{input.orgId}", "i": "$!{input.integrationId}", "lit": "\\${input.nothing}"}' });
    expect(findingsOf(text, 'input-reference-unknown')).toEqual([]);
  });

  it('does not check the body of a GET, which Genesys does not send (genesys-runtime.md §3.6)', () => {
    expect(findingsOf(definitionText({ method: 'GET', body: '${input.nothing}' }), 'input-reference-unknown')).toEqual([]);
    expect(findingsOf(definitionText({ method: 'POST', body: '${input.nothing}' }), 'input-reference-unknown')).toHaveLength(1);
  });

  it('reports one finding per template and name, counting the places', () => {
    const [f, ...rest] = findingsOf(definitionText({ body: '{"a": "$!{input.x}", "b": "$!{input.x}"}' }), 'input-reference-unknown');
    expect(rest).toEqual([]);
    expect(f!.message).toContain('"x" (2 places)');
  });

  it('flags the corpus file whose URL writes contactlistId for the declared contactListId', () => {
    // The oracle renders this URL as /api/v2/outbound/contactlists/${input.contactlistId}/contacts/c-1.
    const text = corpusText('purplenet__Get-Contact-From-Contact-List.json');
    const [f] = findingsOf(text, 'input-reference-unknown');
    expect(f).toMatchObject({ severity: 'error', line: 7, column: rawPosition(text, '${input.contactlistId}').column });
    expect(f!.message).toContain('did you mean "contactListId"?');
  });
});

describe('closestName', () => {
  it('prefers a case-insensitive match, then the nearest name within a third of the length', () => {
    expect(closestName('conversationid', ['conversation', 'conversationId'])).toBe('conversationId');
    expect(closestName('queueld', ['queueId', 'userId'])).toBe('queueId');
    expect(closestName('xyz', ['queueId', 'userId'])).toBeUndefined();
  });
});

describe('input-reference-case', () => {
  it('warns on the corpus PUZZLE fixture ${INPUT.ConversationID}, at the reference', () => {
    const text = corpusText('negative-sentiment-callback__Update-External-Tag.custom.json');
    const f = findingsOf(text, 'input-reference-case');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', line: 7, column: rawPosition(text, '${INPUT.ConversationID}').column });
    expect(f[0]!.message).toContain('$INPUT.ConversationID');
    // `INPUT` is not `input`: no unknown-input finding on top.
    expect(findingsOf(text, 'input-reference-unknown')).toEqual([]);
  });

  it('locates $Input.x after escapes in a body and suggests the lower-case form', () => {
    const body = '{\n  "q": "\\\\",\n  "n": "$esc.jsonString($Input.note)"\n}';
    const text = definitionText({ body, required: ['note'] });
    const [f] = findingsOf(text, 'input-reference-case');
    expect(f).toMatchObject({ line: 9, column: rawPosition(text, '$Input.note').column });
    expect(f!.hint).toBe('Write $input.note (lower case).');
  });
});
