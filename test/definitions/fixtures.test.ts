import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles, findFixtureFile, fixturePathFor, isDefinitionFile, orphanFixtures } from '../../src/definitions/discover.js';
import { loadFixtures } from '../../src/definitions/fixtures.js';
import { toDefinition } from '../../src/definitions/formats.js';
import { checkExpectation, dryRun } from '../../src/dryrun/index.js';
import { JavaBigInteger } from '../../src/dryrun/json/java-big-integer.js';
import { JavaDouble } from '../../src/dryrun/json/java-double.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('loadFixtures', () => {
  it('reads a single-case file', () => {
    const r = loadFixtures('a.fixture.json', enc('{"input": {"id": "1"}, "response": {"status": 200, "body": {"x": 1}}, "expect": {"output": {"x": 1}}}'));
    expect(r.findings).toEqual([]);
    expect(r.fixtures).toEqual([{ name: 'default', file: 'a.fixture.json', pointer: '', input: { id: '1' }, response: { status: 200, body: { x: 1 } }, expect: { output: { x: 1 } } }]);
  });

  it('reads several named cases with their pointers', () => {
    const r = loadFixtures('a.fixture.json', enc('{"cases": [{"name": "found", "response": {"body": {}}}, {"name": "missing", "response": {"status": 404}, "expect": {"failure": {"step": 8}}}]}'));
    expect(r.findings).toEqual([]);
    expect(r.fixtures.map((f) => [f.name, f.pointer, f.input])).toEqual([
      ['found', '/cases/0', {}],
      ['missing', '/cases/1', {}],
    ]);
  });

  it('reports malformed cases at their place and yields no cases', () => {
    const text = '{"cases": [\n  {"name": "a", "response": {"status": "200"}},\n  {"name": "b", "response": {}, "expect": {"failure": {"step": 11}}}\n]}';
    const r = loadFixtures('a.fixture.json', enc(text));
    expect(r.fixtures).toEqual([]);
    const byLine = r.findings.map((f) => [f.ruleId, f.line, f.message]);
    expect(byLine).toContainEqual(['fixture-invalid', 2, 'cases.0.response.status must be of type integer.']);
    expect(byLine).toContainEqual(['fixture-invalid', 3, 'cases.1.expect.failure.step must be <= 10.']);
  });

  it('names unknown keys and a wrong expect shape, once each', () => {
    const r = loadFixtures('a.fixture.json', enc('{"cases": [{"inputs": {}, "response": {}, "expect": {"outptu": 1}}, {"response": {}, "expect": {"failure": {"message": "x"}}}, {"response": {}, "expect": {"output": 1, "failure": {"step": 9}}}]}'));
    expect(r.findings.map((f) => f.message)).toEqual([
      'cases.0 has an unknown key "inputs" (allowed: name, description, input, response, credentials, authResponse, expect).',
      'cases.0.expect has an unknown key "outptu" (allowed: output, failure).',
      'cases.1.expect.failure needs "step".',
      'cases.2.expect must have exactly one of "output" or "failure".',
    ]);
  });

  it('says a fixture file must be an object', () => {
    expect(loadFixtures('a.fixture.json', enc('[]')).findings.map((f) => f.message)).toEqual(['the fixture must be an object.']);
  });

  it('reports duplicate case names', () => {
    const r = loadFixtures('a.fixture.json', enc('{"cases": [{"name": "x", "response": {}}, {"name": "x", "response": {}}]}'));
    expect(r.findings.map((f) => f.message)).toEqual(['Two cases are named "x".']);
  });

  it('turns a syntax error into a fixture-invalid finding', () => {
    const r = loadFixtures('a.fixture.json', enc('{"response": }'));
    expect(r.findings[0]).toMatchObject({ ruleId: 'fixture-invalid', line: 1, column: 14 });
  });
});

describe('discovery', () => {
  function repo(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'disc-'));
    mkdirSync(path.join(root, 'data-actions/sub'), { recursive: true });
    mkdirSync(path.join(root, 'data-actions/node_modules/x'), { recursive: true });
    const files = [
      'data-actions/b.json',
      'data-actions/a.custom.json',
      'data-actions/a.custom.fixture.json',
      'data-actions/b.Fixture.json',
      'data-actions/gone.fixture.json',
      'data-actions/sub/c.json',
      'data-actions/notes.md',
      'data-actions/node_modules/x/d.json',
      'data-actions/sub/skip.json',
      'report.json',
    ];
    for (const f of files) writeFileSync(path.join(root, f), '{}');
    return root;
  }

  it('finds definitions, never fixtures, sorted, with directory and negated patterns', async () => {
    const root = repo();
    const all = await discoverFiles(root, ['data-actions/**']);
    expect(all.definitions).toEqual(['data-actions/a.custom.json', 'data-actions/b.json', 'data-actions/sub/c.json', 'data-actions/sub/skip.json']);
    expect(all.fixtures).toEqual(['data-actions/a.custom.fixture.json', 'data-actions/b.Fixture.json', 'data-actions/gone.fixture.json']);
    expect((await discoverFiles(root, ['./data-actions', '!data-actions/sub/skip.json'])).definitions).toEqual(['data-actions/a.custom.json', 'data-actions/b.json', 'data-actions/sub/c.json']);
    expect(findFixtureFile(root, 'data-actions/a.custom.json')).toBe('data-actions/a.custom.fixture.json');
    expect(findFixtureFile(root, 'data-actions/b.json')).toBeUndefined();
  });

  it('takes absolute paths inside the root, explicit files whatever their extension, and excludes given files', async () => {
    const root = repo();
    expect((await discoverFiles(root, [path.join(root, 'data-actions/sub')])).definitions).toEqual(['data-actions/sub/c.json', 'data-actions/sub/skip.json']);
    expect((await discoverFiles(root, ['data-actions/notes.md'])).definitions).toEqual(['data-actions/notes.md']);
    expect((await discoverFiles(root, ['*.json', 'data-actions/*.json'], ['report.json'])).definitions).toEqual(['data-actions/a.custom.json', 'data-actions/b.json']);
  });

  it('lists patterns that matched nothing', async () => {
    const root = repo();
    expect((await discoverFiles(root, ['data-action/**', 'data-actions/b.json'])).unmatched).toEqual(['data-action/**']);
  });

  it('finds fixtures no definition reads, with near misses in letter case', async () => {
    const root = repo();
    expect(orphanFixtures(await discoverFiles(root, ['data-actions/**']))).toEqual([
      { fixture: 'data-actions/b.Fixture.json', expected: 'data-actions/b.json', nearMiss: 'data-actions/b.json' },
      { fixture: 'data-actions/gone.fixture.json', expected: 'data-actions/gone.json' },
    ]);
  });

  it('names fixture files after their definition', () => {
    expect(fixturePathFor('x/Get-User.custom.json')).toBe('x/Get-User.custom.fixture.json');
    expect(isDefinitionFile('x/Get-User.custom.fixture.json')).toBe(false);
    expect(isDefinitionFile('x/Get-User.custom.FIXTURE.json')).toBe(false);
    expect(isDefinitionFile('x/Get-User.JSON')).toBe(true);
  });
});

describe('fixture numbers keep their Java type (genesys-runtime.md §5.3)', () => {
  // The reference oracle prints step 8 rawResult of this body as
  // {"id":9007199254740993,"n":150.0,"m":100.0} (test/dryrun/oracle/big-integers.json, golden-suite d06).
  const file = '{"input": {"big": 9223372036854775808, "d": 2.0},\n "response": {"status": 200, "body": {"id": 9007199254740993, "n": 150.0, "m": 1e2}}}';
  it('reads the body and input with the dry run reader: exact big integers, doubles stay doubles', () => {
    const [fixture] = loadFixtures('a.fixture.json', enc(file)).fixtures;
    const body = fixture?.response.body as Record<string, unknown>;
    expect(body.id).toBeInstanceOf(JavaBigInteger);
    expect(String(body.id)).toBe('9007199254740993');
    expect(body.n).toBeInstanceOf(JavaDouble);
    expect(String((fixture?.input as Record<string, unknown>).big)).toBe('9223372036854775808');
  });
  it('the dry run of such a fixture prints every digit and Java doubles', () => {
    const [fixture] = loadFixtures('a.fixture.json', enc(file)).fixtures;
    const definition = toDefinition(JSON.parse(readFileSync(path.join(import.meta.dirname, '../corpus/data-actions/purplenet__Send-SMS.json'), 'utf8')));
    const r = dryRun(definition, { input: { from: '+1', to: '+2', body: 'b' }, response: fixture!.response });
    expect((r.operations.find((o) => o.step === 8)?.result as { rawResult: string }).rawResult).toBe('{"id":9007199254740993,"n":150.0,"m":100.0}');
  });
});

describe('fixture expectations compare integers digit for digit', () => {
  const definition = () => toDefinition(JSON.parse(readFileSync(path.join(import.meta.dirname, '../corpus/data-actions/purplenet__Send-SMS.json'), 'utf8')));
  const run = (expected: string) => {
    const text = `{"input": {"from": "+1", "to": "+2", "body": "b"}, "response": {"status": 200, "body": {"v": 9007199254740993}}, "expect": {"output": {"v": ${expected}}}}`;
    const [fixture] = loadFixtures('a.fixture.json', enc(text)).fixtures;
    return checkExpectation(dryRun(definition(), { input: fixture!.input, response: fixture!.response }), fixture!.expect);
  };
  it('an integer beyond 2^53 equal to the output passes', () => {
    expect(run('9007199254740993')).toEqual({ passed: true });
  });
  it('one that differs only beyond 2^53 fails, and the message shows every digit', () => {
    const r = run('9007199254740992');
    expect(r.passed).toBe(false);
    expect(r.message).toBe('output differs at /v: expected {"v":9007199254740992}, got {"v":9007199254740993}');
  });
});
