/**
 * The request-side rules over the 140 corpus definitions: they report the latent bugs of the
 * "Notable fixtures" (test/corpus/data-actions/SOURCES.md) that are theirs, and no error on the
 * other files except two bugs the oracle confirms (noted below).
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/definitions/load.js';
import type { Finding } from '../../src/validate/finding.js';
import { validateDocument } from '../../src/validate/index.js';
import { corpusFiles, corpusText } from '../support/corpus.js';

const RULES = new Set([
  'template-syntax',
  'input-reference-unknown',
  'input-reference-case',
  'optional-input-unguarded',
  'json-string-unescaped',
  'esc-javascript-json',
  'url-input-unencoded',
  'foreach-trailing-comma',
  'request-body-json',
]);

const byFile = new Map<string, Finding[]>(
  corpusFiles().map((f) => [f, validateDocument(loadDocument(f, new TextEncoder().encode(corpusText(f)))).findings.filter((x) => RULES.has(x.ruleId))]),
);

const rulesOf = (file: string, severity?: Finding['severity']) => (byFile.get(file) ?? []).filter((f) => !severity || f.severity === severity).map((f) => f.ruleId);

describe('request-side rules on the corpus', () => {
  it('reads all 140 files', () => {
    expect(byFile.size).toBe(140);
  });

  it('gives errors only to the NEGATIVE fixture and two files the oracle shows broken', () => {
    const errors = [...byFile].flatMap(([file, fs]) => fs.filter((f) => f.severity === 'error').map((f) => `${file}: ${f.ruleId}`));
    expect(errors.sort()).toEqual([
      // URL ${input.contactlistId} for the declared contactListId: the oracle renders /api/v2/outbound/contactlists/${input.contactlistId}/contacts/c-1.
      'purplenet__Get-Contact-From-Contact-List.json: input-reference-unknown',
      // An extra "}" after the body: the oracle warns "Unexpected trailing content '}' (code 125) after the JSON value at line 10, column 1".
      'purplenet__Get-User-ID-by-Email.json: request-body-json',
      // NEGATIVE fixture: stray trailing quote.
      'purplenet__Update-Data-Table-Row.json: request-body-json',
    ]);
  });

  it('warns on the PUZZLE fixture ${INPUT.ConversationID} and the $Input of get-summary', () => {
    expect(rulesOf('negative-sentiment-callback__Update-External-Tag.custom.json', 'warning')).toContain('input-reference-case');
    expect(rulesOf('process-automation-trigger-with-salesforce__get-summary.json', 'warning')).toContain('input-reference-case');
  });

  it('finds no unguarded optional input and no body problem in the GOOD fixture', () => {
    const rules = rulesOf('purplenet__Create-Callback-Extended.json');
    expect(rules).not.toContain('optional-input-unguarded');
    expect(rules).not.toContain('request-body-json');
  });

  it('accepts the raw $!{input.ivrIdsN} arrays of Update-Emergency-Group, warning only for the unguarded optional boolean', () => {
    const f = (byFile.get('purplenet__Update-Emergency-Group.json') ?? []).filter((x) => x.ruleId === 'request-body-json');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toContain('${input.enabled}');
  });

  it('has no template-syntax, esc-javascript-json or foreach-trailing-comma finding (no such constructs in the corpus)', () => {
    const all = [...byFile.values()].flat().map((f) => f.ruleId);
    for (const id of ['template-syntax', 'esc-javascript-json', 'foreach-trailing-comma']) expect(all).not.toContain(id);
  });
});
