/**
 * Bad input: one folder holding malformed JSON, a BOM, an empty file, an array at the top level,
 * a 10 MB file, non-UTF-8 bytes, duplicate keys and two correct definitions. Every bad file gets
 * one clear located finding (file-unreadable, file-encoding, file-too-large, json-syntax,
 * json-too-deep, structure; json-bom and json-duplicate-key are warnings and the file is still
 * validated and dry-run); the correct files are validated and dry-run normally; nothing crashes.
 *
 * Expected dry-run outputs come from the oracle (../shared/oracle) on the same corpus definition,
 * input and response; expected positions are counted from the file text.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, readFileBytes } from '../../src/definitions/load.js';
import { runLocal, type LocalRun } from '../../src/pipeline/local.js';
import { CORPUS_DIR } from '../support/corpus.js';

const PRESENCE = readFileSync(path.join(CORPUS_DIR, 'purplenet__Get-User-Presence.json'), 'utf8');
const WAIT_TIME = readFileSync(path.join(CORPUS_DIR, 'purplenet__Get-Estimated-Wait-Time-With-Default.json'), 'utf8');

/** Oracle (modern profile): Get User Presence on this case outputs {"presence":"Available"}. */
const PRESENCE_FIXTURE = { input: { USER_ID: 'u-1' }, response: { status: 200, body: { presenceDefinition: { id: 'p', systemPresence: 'Available' } } }, expect: { output: { presence: 'Available' } } };
/** Oracle: Get Estimated Wait Time (With Default) on an empty result list falls back to its default 0. */
const WAIT_TIME_FIXTURE = { input: { QUEUE_ID: 'q-1', MEDIA_TYPE: 'call' }, response: { status: 200, body: { results: [] } }, expect: { output: { estimated_wait_time: 0 } } };

const MALFORMED = '{\n  "name": "Broken",\n  "config": {\n    "request": {,\n  }\n}\n';
/** `{"name":` then "Caf" + é as Latin-1 (0xE9) on line 2. */
const LATIN1 = new Uint8Array([...new TextEncoder().encode('{\n  "name": "Caf'), 0xe9, ...new TextEncoder().encode('"\n}\n')]);
const DUPLICATE = PRESENCE.replace('"name": "Get User Presence"', '"name": "Presence Duplicate Key"').replace('"secure": false', '"secure": true,\n  "secure": false');
const BOM = '\uFEFF' + PRESENCE.replace('"name": "Get User Presence"', '"name": "Presence With BOM"');

/** 1-based line and column of `needle` in `text`, counted from the text alone. */
function at(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  expect(index, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

let root: string;
let run: LocalRun;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'bad-input-'));
  const dir = path.join(root, 'actions');
  mkdirSync(dir);
  const put = (name: string, content: string | Uint8Array) => writeFileSync(path.join(dir, name), content);
  put('malformed.json', MALFORMED);
  put('bom.json', BOM);
  put('bom.fixture.json', JSON.stringify(PRESENCE_FIXTURE));
  put('empty.json', '');
  put('array.json', '[\n  {"name": "one"},\n  {"name": "two"}\n]\n');
  put('huge.json', new Uint8Array(10 * 1024 * 1024).fill(0x20));
  put('latin1.json', LATIN1);
  put('duplicate.json', DUPLICATE);
  put('duplicate.fixture.json', JSON.stringify(PRESENCE_FIXTURE));
  put('presence.json', PRESENCE);
  put('presence.fixture.json', JSON.stringify(PRESENCE_FIXTURE));
  put('wait-time.json', WAIT_TIME);
  put('wait-time.fixture.json', JSON.stringify(WAIT_TIME_FIXTURE));
  run = await runLocal(root, ['actions']);
}, 60_000);

const result = (file: string) => {
  const r = run.results.find((x) => x.report.file === `actions/${file}`);
  expect(r, file).toBeDefined();
  return r!;
};

describe('a folder of bad input next to correct definitions', () => {
  it('processes every definition file and nothing else', () => {
    expect(run.results.map((r) => r.report.file)).toEqual(
      ['array', 'bom', 'duplicate', 'empty', 'huge', 'latin1', 'malformed', 'presence', 'wait-time'].map((n) => `actions/${n}.json`),
    );
    expect(run.findings).toEqual([]);
    expect(run.results.flatMap((r) => r.findings).filter((f) => f.ruleId === 'internal-error')).toEqual([]);
  });

  const single: Array<[string, string, string, () => { line: number; column: number }]> = [
    ['malformed.json', 'json-syntax', 'Expected a value (found ",").', () => at(MALFORMED, ',\n  }')],
    ['empty.json', 'json-syntax', 'The file is empty.', () => ({ line: 1, column: 1 })],
    ['array.json', 'structure', 'A data-action definition must be a JSON object, but this file holds an array.', () => ({ line: 1, column: 1 })],
    ['huge.json', 'file-too-large', 'The file is 10.0 MiB; files over 1 MiB are not read.', () => ({ line: 1, column: 1 })],
    // the byte 0xE9 follows `{\n` (2 bytes) and `  "name": "Caf` (14 characters): offset 16, line 2, column 15
    ['latin1.json', 'file-encoding', 'The file is not valid UTF-8 (byte 0xE9 at offset 16).', () => ({ line: 2, column: 15 })],
  ];
  for (const [file, ruleId, message, where] of single) {
    it(`${file}: exactly one ${ruleId} error, located`, () => {
      const r = result(file);
      expect(r.findings).toEqual([expect.objectContaining({ ruleId, severity: 'error', message, file: `actions/${file}`, ...where() })]);
      expect(r.report.validation).toBe('failed');
      expect(r.definition).toBeUndefined();
    });
  }

  it('bom.json: a json-bom warning at 1:1; the definition is still validated and dry-run', () => {
    const r = result('bom.json');
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'json-bom', severity: 'warning', line: 1, column: 1 })]);
    expect(r.report).toMatchObject({ validation: 'warnings', dryRun: 'passed', name: 'Presence With BOM' });
    expect(r.definition?.name).toBe('Presence With BOM');
  });

  it('duplicate.json: a json-duplicate-key warning at the second key; the last value wins', () => {
    const r = result('duplicate.json');
    const second = DUPLICATE.indexOf('"secure"', DUPLICATE.indexOf('"secure"') + 1);
    const before = DUPLICATE.slice(0, second);
    expect(r.findings).toEqual([
      expect.objectContaining({ ruleId: 'json-duplicate-key', severity: 'warning', line: before.split('\n').length, column: second - before.lastIndexOf('\n') }),
    ]);
    expect(r.report).toMatchObject({ validation: 'warnings', dryRun: 'passed' });
    expect(r.definition?.secure).toBe(false);
  });

  it('the correct definitions are validated and dry-run with the oracle\'s outputs', () => {
    for (const [file, output] of [['presence.json', PRESENCE_FIXTURE.expect.output], ['wait-time.json', WAIT_TIME_FIXTURE.expect.output]] as const) {
      const r = result(file);
      expect(r.findings, file).toEqual([]);
      expect(r.report.validation).toBe('passed');
      expect(r.report.dryRun).toBe('passed');
      expect(r.report.cases.map((c) => [c.passed, c.trace.finalResult])).toEqual([[true, output]]);
      expect(r.definition).toBeDefined();
    }
  });
});

describe('file-level rules on their own', () => {
  it('file-unreadable: a definition behind a symbolic link is refused, located at 1:1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unreadable-'));
    writeFileSync(path.join(dir, 'real.json'), PRESENCE);
    symlinkSync(path.join(dir, 'real.json'), path.join(dir, 'link.json'));
    const loaded = loadDocument('link.json', await readFileBytes(dir, 'link.json'));
    expect(loaded.findings).toEqual([
      expect.objectContaining({ ruleId: 'file-unreadable', severity: 'error', line: 1, column: 1, message: 'The file cannot be read: it is a symbolic link, and links are not followed (they could point outside the repository).' }),
    ]);
    // the same content as a regular file loads without a finding
    expect(loadDocument('real.json', await readFileBytes(dir, 'real.json')).findings).toEqual([]);
  });

  it('file-encoding: the same text in UTF-8 loads without a finding', () => {
    const utf8 = new TextEncoder().encode('{\n  "name": "Café"\n}\n');
    expect(loadDocument('a.json', utf8).findings).toEqual([]);
    expect(loadDocument('a.json', LATIN1).findings.map((f) => f.ruleId)).toEqual(['file-encoding']);
  });

  it('file-too-large: 1 MiB is read, one byte more is not', () => {
    const exact = new Uint8Array(1024 * 1024).fill(0x20);
    exact.set(new TextEncoder().encode('{}'), 0);
    expect(loadDocument('a.json', exact).findings).toEqual([]);
    const over = new Uint8Array(1024 * 1024 + 1).fill(0x20);
    expect(loadDocument('a.json', over).findings.map((f) => [f.ruleId, f.message])).toEqual([['file-too-large', 'The file is 1.0 MiB; files over 1 MiB are not read.']]);
  });

  it('json-too-deep: 201 nested arrays are refused before parsing, at the first bracket too many', () => {
    const text = `{"name": "x",\n "deep": ${'['.repeat(201)}${']'.repeat(201)}}`;
    expect(loadDocument('a.json', new TextEncoder().encode(text)).findings).toEqual([
      // the object itself is level 1, so the 200th "[" opens level 201
      expect.objectContaining({ ruleId: 'json-too-deep', severity: 'error', line: 2, column: ' "deep": '.length + 200 }),
    ]);
    const fine = `{"deep": ${'['.repeat(199)}${']'.repeat(199)}}`;
    expect(loadDocument('a.json', new TextEncoder().encode(fine)).findings).toEqual([]);
  });
});
