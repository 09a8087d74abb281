import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/definitions/load.js';
import { validateDocument } from '../../src/validate/index.js';
import { corpusFiles, corpusJson, corpusText } from '../support/corpus.js';

const enc = (s: string) => new TextEncoder().encode(s);
const validate = (file: string, text: string) => validateDocument(loadDocument(file, enc(text)));

describe('validateDocument on the corpus', () => {
  it('loads all 140 corpus definitions into a Definition (rule findings: corpus-lint.test.ts)', () => {
    const files = corpusFiles();
    expect(files).toHaveLength(140);
    for (const f of files) expect(validate(f, corpusText(f)).definition, f).toBeDefined();
  });

  it('builds the Definition with the export suffix removed', () => {
    const f = 'purplenet__Get-Emergency-Group-State-20210303220504.custom.json';
    const v = validate(f, corpusText(f));
    expect(v.definition?.name).toBe('Get Emergency Group State');
    expect(v.definition?.exportedName).toBe('Get Emergency Group State - Exported 2021-03-03 @ 22:05');
    expect(v.definition?.integrationType).toBe('purecloud-data-actions');
    expect(v.definition?.config.request.requestType).toBe('GET');
    const warn = v.findings.find((x) => x.ruleId === 'export-suffix');
    // "name" is on line 2; the suffix starts after `  "name": "Get Emergency Group State`
    expect(warn).toMatchObject({ severity: 'warning', line: 2, column: 37 });
  });
});

describe('structure rules', () => {
  const base = 'purplenet__Get-User-Presence.json';

  it('locates a missing required field at its parent object', () => {
    const doc = corpusJson(base);
    delete (doc.config as { request: Record<string, unknown> }).request.requestUrlTemplate;
    const text = JSON.stringify(doc, null, 2);
    const v = validate('a.json', text);
    expect(v.definition).toBeUndefined();
    const f = v.findings.find((x) => x.ruleId === 'structure');
    expect(f).toMatchObject({ message: 'config.request.requestUrlTemplate is required.', pointer: '/config/request/requestUrlTemplate', line: 6, column: 16 });
  });

  it('rejects an unsupported requestType with a fix hint', () => {
    const text = corpusText(base).replace('"requestType": "GET"', '"requestType": "get"');
    const v = validate('a.json', text);
    const f = v.findings.find((x) => x.ruleId === 'request-type');
    expect(f).toMatchObject({ severity: 'error', line: 8, column: 22, hint: 'Write "GET" (upper case).' });
    expect(v.definition).toBeUndefined();
  });

  it('reports wrong types, empty names and timeouts out of range', () => {
    const doc = corpusJson(base);
    doc.name = '';
    doc.secure = 'no';
    (doc.config as Record<string, unknown>).timeoutSeconds = 90;
    const v = validate('a.json', JSON.stringify(doc, null, 2));
    const messages = v.findings.map((x) => x.message).sort();
    expect(messages).toEqual(['config.timeoutSeconds must be between 1 and 60 (seconds).', 'name must not be empty.', 'secure must be a boolean.']);
  });

  it('rejects a document that is not an object', () => {
    const v = validate('a.json', '[1, 2]');
    expect(v.findings).toEqual([expect.objectContaining({ ruleId: 'structure', message: 'A data-action definition must be a JSON object, but this file holds an array.', line: 1, column: 1 })]);
  });

  it('flags a contract that is not a valid draft-04 schema', () => {
    const doc = corpusJson(base);
    ((doc.contract as Record<string, Record<string, Record<string, unknown>>>).output!.successSchema!).type = 'strnig';
    const v = validate('a.json', JSON.stringify(doc, null, 2));
    const f = v.findings.filter((x) => x.ruleId === 'contract-schema');
    expect(f.map((x) => [x.pointer, x.message])).toEqual([
      ['/contract/output/successSchema/type', 'contract.output.successSchema.type is not a JSON Schema type: use string, integer, number, boolean, object, array or null (or a list of them).'],
    ]);
    expect(v.findings.every((x) => x.ruleId !== 'structure')).toBe(true);
  });
});

describe('file-level problems', () => {
  it('reports a JSON syntax error once, located', () => {
    const v = validate('a.json', '{\n  "name": "x",\n  "config": {,\n}');
    expect(v.findings).toHaveLength(1);
    expect(v.findings[0]).toMatchObject({ ruleId: 'json-syntax', severity: 'error', line: 3, column: 14 });
  });

  it('reports non-UTF-8 bytes', () => {
    // {"a":\n "é" with é in Latin-1 (0xE9) instead of UTF-8
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x0a, 0x20, 0x22, 0xe9, 0x22, 0x7d]);
    const v = validateDocument(loadDocument('a.json', bytes));
    expect(v.findings).toEqual([expect.objectContaining({ ruleId: 'file-encoding', message: 'The file is not valid UTF-8 (byte 0xE9 at offset 8).', line: 2, column: 3 })]);
  });

  it('reports an empty file', () => {
    expect(validate('a.json', '').findings).toEqual([expect.objectContaining({ ruleId: 'json-syntax', message: 'The file is empty.' })]);
  });

  it('refuses files over 1 MiB without parsing them', () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x20);
    const v = validateDocument(loadDocument('a.json', big));
    expect(v.findings).toEqual([expect.objectContaining({ ruleId: 'file-too-large', message: 'The file is 10.0 MiB; files over 1 MiB are not read.' })]);
  });

  it('warns on a BOM and on duplicate keys but still validates the definition', () => {
    const text = '\uFEFF' + corpusText('purplenet__Get-User-Presence.json').replace('"secure": false', '"secure": false, "secure": false');
    const v = validate('a.json', text);
    expect(v.findings.map((x) => x.ruleId).sort()).toEqual(['json-bom', 'json-duplicate-key']);
    expect(v.definition?.name).toBe('Get User Presence');
  });
});

describe('templates nested beyond the dry run limit', () => {
  it('get one located template-syntax finding, not an internal error', () => {
    const doc = JSON.parse(corpusText('purplenet__Create-Callback-Extended.json'));
    doc.config.request.requestTemplate = `${'#if(true)'.repeat(5000)}x${'#end'.repeat(5000)}`;
    const text = JSON.stringify(doc, null, 2);
    const findings = validate('deep.json', text).findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['template-syntax', 'error', 'requestTemplate nests blocks and parentheses more than 1000 levels deep; the dry run cannot evaluate it.'],
    ]);
    // after n "#if(true)" blocks the nesting is n; the "(" of the 1,000th #if is level 1,001:
    // 999 × 9 characters then "#if" into the template
    const line = text.split('\n').findIndex((l) => l.includes('"requestTemplate"')) + 1;
    const col = text.split('\n')[line - 1]!.indexOf('#if') + 1 + 9 * 999 + 3;
    expect(findings[0]).toMatchObject({ line, column: col });
  });
});

describe('templates with more references and directives than the dry run parses', () => {
  it('get one located template-syntax finding at the 5,001st $ or #', () => {
    const doc = JSON.parse(corpusText('purplenet__Create-Callback-Extended.json'));
    doc.config.request.requestTemplate = `{${Array.from({ length: 6000 }, (_, i) => `"k${i}": "\${input.callbackUserName}"`).join(', ')}}`;
    const text = JSON.stringify(doc, null, 2);
    const findings = validate('large.json', text).findings.filter((f) => f.ruleId === 'template-syntax');
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['error', 'requestTemplate has more than 5000 references and directives; the dry run does not parse it.']]);
    const line = text.split('\n').findIndex((l) => l.includes('"requestTemplate"')) + 1;
    // the 5,001st "$" is that of the entry "k5000" (written \"k5000\": \"${…} in the file)
    const lineText = text.split('\n')[line - 1]!;
    const before = '\\"k5000\\": \\"';
    expect(findings[0]).toMatchObject({ line, column: lineText.indexOf(before) + before.length + 1 });
  });
});
