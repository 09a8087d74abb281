import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverDefinitionFiles, findFixtureFile, fixturePathFor, isDefinitionFile } from '../../src/definitions/discover.js';
import { loadFixtures } from '../../src/definitions/fixtures.js';

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
    expect(byLine).toContainEqual(['fixture-invalid', 2, 'cases.0.response.status must be integer.']);
    expect(byLine).toContainEqual(['fixture-invalid', 3, 'cases.1.expect.failure.step must be <= 10.']);
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
  it('finds definitions, never fixtures, sorted, with directory and negated patterns', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'disc-'));
    mkdirSync(path.join(root, 'data-actions/sub'), { recursive: true });
    mkdirSync(path.join(root, 'data-actions/node_modules/x'), { recursive: true });
    for (const f of ['data-actions/b.json', 'data-actions/a.custom.json', 'data-actions/a.custom.fixture.json', 'data-actions/sub/c.json', 'data-actions/notes.md', 'data-actions/node_modules/x/d.json', 'data-actions/sub/skip.json']) {
      writeFileSync(path.join(root, f), '{}');
    }
    expect(await discoverDefinitionFiles(root, ['data-actions/**'])).toEqual(['data-actions/a.custom.json', 'data-actions/b.json', 'data-actions/sub/c.json', 'data-actions/sub/skip.json']);
    expect(await discoverDefinitionFiles(root, ['data-actions', '!data-actions/sub/skip.json'])).toEqual(['data-actions/a.custom.json', 'data-actions/b.json', 'data-actions/sub/c.json']);
    expect(findFixtureFile(root, 'data-actions/a.custom.json')).toBe('data-actions/a.custom.fixture.json');
    expect(findFixtureFile(root, 'data-actions/b.json')).toBeUndefined();
  });

  it('names fixture files after their definition', () => {
    expect(fixturePathFor('x/Get-User.custom.json')).toBe('x/Get-User.custom.fixture.json');
    expect(isDefinitionFile('x/Get-User.custom.fixture.json')).toBe(false);
    expect(isDefinitionFile('x/Get-User.JSON')).toBe(true);
  });
});
