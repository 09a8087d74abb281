/**
 * End to end: the bundled action (dist/index.js) reads the rule configuration as a runner passes
 * it — the config file in the workspace, the `rules` and `fail-on` inputs — and applies inline
 * suppressions to annotations, outputs, the job summary and the JSON report.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction } from '../../scripts/run-action.js';
import { CORPUS_DIR } from '../support/corpus.js';

let workspace: string;

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'e2e-config-'));
  mkdirSync(path.join(workspace, 'data-actions'));
  const presence = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'purplenet__Get-User-Presence.json'), 'utf8'));
  // A UI export's name (genesys-api.md §9) gives an export-suffix finding.
  const exported = { ...presence, name: 'Get User Presence - Exported 2021-03-03 @ 22:05' };
  writeFileSync(path.join(workspace, 'data-actions/presence.json'), JSON.stringify(exported, null, 2));
  const suppressed = { ...presence, name: 'Get Agent Presence - Exported 2021-03-03 @ 22:05', suppress: { 'export-suffix': 'imported into the UI by hand' } };
  writeFileSync(path.join(workspace, 'data-actions/agent.json'), JSON.stringify(suppressed, null, 2));
  writeFileSync(path.join(workspace, '.genesys-data-actions.yml'), 'rules:\n  export-suffix: error\n');
});

const run = (inputs: Record<string, string> = {}) => runBundledAction({ workspace, inputs: { mode: 'validate', path: 'data-actions/**', 'report-file': 'out/report.json', ...inputs } });

describe('rule configuration in the bundled action', () => {
  it('applies the config file: the warning is an error annotation and fails the job; the suppressed one is not annotated', async () => {
    const r = await run();
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'failure', 'failure-reason': 'validation-failed', failed: '1' });
    expect(r.stdout).toContain('::error title=export-suffix,file=data-actions/presence.json,line=2');
    expect(r.stdout).not.toContain('file=data-actions/agent.json');
    expect(r.summary).toContain('1 suppressed');
    const report = JSON.parse(readFileSync(path.join(workspace, 'out/report.json'), 'utf8'));
    const agent = report.actions.find((a: { file: string }) => a.file === 'data-actions/agent.json');
    expect(agent.suppressed).toEqual([expect.objectContaining({ ruleId: 'export-suffix', severity: 'error', reason: 'imported into the UI by hand' })]);
  });

  it('lets fail-on never pass the job with the error still annotated', async () => {
    const r = await run({ 'fail-on': 'never' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.result).toBe('success');
    expect(r.stdout).toContain('::error title=export-suffix,file=data-actions/presence.json,line=2');
  });

  it('lets the rules input win over the file', async () => {
    const r = await run({ rules: 'export-suffix=off' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('title=export-suffix');
    // The rule is off: the suppression is not needed, but it is not reported as unused either.
    expect(r.stdout).not.toContain('suppression-unused');
  });

  it('fails as a configuration error on a rules input naming no rule', async () => {
    const r = await run({ rules: 'export-sufix=off' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failure-reason']).toBe('configuration');
  });
});
