/**
 * Rules over several files of the repository: `duplicate-name`, `fixture-orphan`,
 * `fixture-invalid`, each located, configurable, and keeping what it concerns from deploying.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index.js';
import { EWT, PRESENCE, Workspace } from './support/workspace.js';

let ws: Workspace;
beforeEach(() => {
  ws = new Workspace();
});

describe('duplicate-name', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await createEmulator();
  });
  afterEach(async () => emulator.close());

  it('flags both definitions at their name (export suffix ignored) and deploys neither; a renamed one deploys', async () => {
    const a = ws.place(PRESENCE, 'a.json');
    const b = ws.place(PRESENCE, 'b.json', (d) => (d.name = 'Get User Presence - Exported 2021-03-03 @ 22:05'));
    const { report } = await ws.run('deploy', {}, emulator);
    const found = report.findings.filter((f) => f.ruleId === 'duplicate-name');
    expect(found.map((f) => [f.file, f.severity, f.line, f.column])).toEqual([
      [a, 'error', 2, 11],
      [b, 'error', 2, 11],
    ]);
    expect(found[0]!.message).toBe(`Another definition deploys to the same action name "Get User Presence": ${b}.`);
    expect(report.actions.map((x) => x.validation)).toEqual(['failed', 'failed']);
    expect(report).toMatchObject({ result: 'failure', failureReason: 'validation-failed' });
    expect(emulator.state.actions.size).toBe(0);

    ws.place(PRESENCE, 'b.json', (d) => (d.name = 'Get User Presence v2'));
    const renamed = (await ws.run('deploy', {}, emulator)).report;
    expect(renamed.findings.filter((f) => f.ruleId === 'duplicate-name')).toEqual([]);
    expect(renamed.counts.created).toBe(2);
  });

  it('cannot be lowered: neither file could be deployed, so a setting is refused and the run fails', async () => {
    ws.place(PRESENCE, 'a.json');
    ws.place(PRESENCE, 'b.json');
    ws.write('.genesys-data-actions.yml', 'overrides:\n  - files: ["data-actions/*.json"]\n    rules: { duplicate-name: warning }\n');
    const { report } = await ws.run('validate');
    expect(report.findings.filter((f) => f.ruleId === 'duplicate-name').map((f) => f.severity)).toEqual(['error', 'error']);
    expect(report.findings.find((f) => f.ruleId === 'config-invalid')?.message).toContain('The rule "duplicate-name" cannot be configured');
    expect(report.result).toBe('failure');
  });
});

describe('fixture-orphan', () => {
  it('flags a fixture no definition reads, naming the definition it differs from only in letter case', async () => {
    const file = ws.place(PRESENCE, 'Get-User-Presence.json');
    const orphan = ws.write('data-actions/get-user-presence.fixture.json', { input: { USER_ID: 'u' }, response: { body: { presenceDefinition: { systemPresence: 'Available' } } } });
    const { report } = await ws.run('validate');
    const finding = report.findings.find((f) => f.ruleId === 'fixture-orphan');
    expect(finding).toMatchObject({ file: orphan, severity: 'warning', line: 1, column: 1 });
    expect(finding!.message).toBe('No definition reads this fixture: it would belong to data-actions/get-user-presence.json, which is not among the files the "path" input matched.');
    expect(finding!.hint).toBe('Rename it to Get-User-Presence.fixture.json (fixture names must match the definition\'s exactly).');
    expect(report.actions.find((a) => a.file === file)!.dryRun).toBe('none');
    expect(report.result).toBe('success');

    ws.write('.genesys-data-actions.yml', 'rules:\n  fixture-orphan: error\n');
    expect((await ws.run('validate')).report).toMatchObject({ result: 'failure', failureReason: 'validation-failed' });
  });
});

describe('fixture-invalid', () => {
  it('flags a case with a misspelt key at the case, and the definition is not deployable', async () => {
    const file = ws.place(EWT);
    const fixture = ws.write(file.replace('.json', '.fixture.json'), '{\n  "input": { "QUEUE_ID": "q", "MEDIA_TYPE": "call" },\n  "respone": { "body": {} }\n}\n');
    const { report } = await ws.run('validate');
    const finding = report.findings.find((f) => f.ruleId === 'fixture-invalid' && f.message.includes('unknown key "respone"'));
    // The case is the whole file: its object starts at line 1, column 1.
    expect(finding).toMatchObject({ file: fixture, severity: 'error', line: 1, column: 1 });
    expect(report.actions[0]!.dryRun).toBe('failed');
    expect(report).toMatchObject({ result: 'failure', failureReason: 'test-failed' });

    ws.write(fixture, '{\n  "input": { "QUEUE_ID": "q", "MEDIA_TYPE": "call" },\n  "response": { "body": {} }\n}\n');
    expect((await ws.run('validate')).report.findings.filter((f) => f.ruleId === 'fixture-invalid')).toEqual([]);
  });
});
