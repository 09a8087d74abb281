/**
 * Findings of fixture dry runs: `dry-run-failed` (a case whose output differs from `expect`) and
 * `dry-run-warning` (a literal reference left in the URL, genesys-runtime.md §3.3), located in
 * the fixture file, and what configuration does to them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { EWT, PRESENCE, Workspace } from './support/workspace.js';

let ws: Workspace;
beforeEach(() => {
  ws = new Workspace();
});

describe('dry-run-failed', () => {
  it('is reported at the case\'s expect when the output differs, and passes once the expectation matches the recorded response', async () => {
    const file = ws.place(EWT);
    const fixture = file.replace('.json', '.fixture.json');
    const text = (expected: number) =>
      `{\n  "name": "estimate",\n  "input": { "QUEUE_ID": "q", "MEDIA_TYPE": "call" },\n  "response": { "body": { "results": [{ "estimatedWaitTimeSeconds": 12 }] } },\n  "expect": { "output": { "estimated_wait_time": ${expected} } }\n}\n`;
    ws.write(fixture, text(13));
    const { report } = await ws.run('validate');
    // `"expect": {` is on line 5; its value starts at column 13.
    expect(report.findings.find((f) => f.ruleId === 'dry-run-failed')).toMatchObject({ file: fixture, severity: 'error', line: 5, column: 13, pointer: '/expect' });
    expect(report).toMatchObject({ result: 'failure', failureReason: 'test-failed' });

    ws.write(fixture, text(12));
    const fixed = (await ws.run('validate')).report;
    expect(fixed.findings.filter((f) => f.ruleId === 'dry-run-failed')).toEqual([]);
    expect(fixed.actions[0]!.dryRun).toBe('passed');
  });
});

describe('dry-run-warning', () => {
  // Get User Presence with USER_ID made optional: a case without it renders `${input.USER_ID}` literally.
  const optionalUser = (d: any) => delete d.contract.input.inputSchema.required;
  const body = { presenceDefinition: { systemPresence: 'Available' } };

  it('is reported at the case when the rendered URL keeps a literal reference, and not once the case gives the input', async () => {
    const file = ws.place(PRESENCE, PRESENCE, optionalUser);
    const fixture = ws.write(file.replace('.json', '.fixture.json'), `{\n  "cases": [\n    { "name": "no user", "input": {}, "response": { "body": ${JSON.stringify(body)} } }\n  ]\n}\n`);
    const { report } = await ws.run('validate');
    const warning = report.findings.find((f) => f.ruleId === 'dry-run-warning');
    expect(warning).toMatchObject({ file: fixture, severity: 'warning', line: 3, column: 5 });
    expect(warning!.message).toContain('rendered URL still contains reference text');
    expect(report.actions[0]!.dryRun).toBe('passed');
    expect(report.result).toBe('success');

    ws.write(fixture, { cases: [{ name: 'user', input: { USER_ID: 'u-1' }, response: { body } }] });
    expect((await ws.run('validate')).report.findings.filter((f) => f.ruleId === 'dry-run-warning')).toEqual([]);
  });

  it('raised to an error by configuration, fails the dry run and keeps the definition from deploying', async () => {
    const file = ws.place(PRESENCE, PRESENCE, optionalUser);
    ws.write(file.replace('.json', '.fixture.json'), { name: 'no user', input: {}, response: { body } });
    ws.write('.genesys-data-actions.yml', 'rules:\n  dry-run-warning: error\n');
    const { report } = await ws.run('validate');
    expect(report.findings.find((f) => f.ruleId === 'dry-run-warning')?.severity).toBe('error');
    expect(report.actions[0]!.dryRun).toBe('failed');
    expect(report).toMatchObject({ result: 'failure', failureReason: 'test-failed' });
  });
});
