/**
 * Rule configuration in whole runs: the config file, the `rules` and `fail-on` inputs, inline
 * suppressions (`suppression-invalid`, `suppression-unused`), the findings configuration may not
 * change (`internal-error`, files that are not definitions), and what is deployed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index.js';
import { crashed } from '../../src/pipeline/local.js';
import { configureForResult } from '../../src/pipeline/configure.js';
import { toJsonReport } from '../../src/report/json-report.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { EWT, PRESENCE, Workspace } from './support/workspace.js';

/** A UI export's name (genesys-api.md §9): " - Exported YYYY-MM-DD @ HH:MM" after the action name. */
const EXPORTED = (name: string) => `${name} - Exported 2021-03-03 @ 22:05`;
const CONFIG = '.genesys-data-actions.yml';

let ws: Workspace;
beforeEach(() => {
  ws = new Workspace();
});

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('the config file and the rules input', () => {
  it('raise a warning to an error from the file, and the input turns it off again', async () => {
    const file = ws.place(PRESENCE, 'presence.json', (d) => (d.name = EXPORTED(d.name)));
    const plain = (await ws.run('validate')).report;
    expect(plain.findings.filter((f) => f.ruleId === 'export-suffix').map((f) => [f.file, f.severity])).toEqual([[file, 'warning']]);
    expect(plain.result).toBe('success');

    ws.write(CONFIG, 'rules:\n  export-suffix: error\n');
    const raised = (await ws.run('validate')).report;
    expect(raised.findings.filter((f) => f.ruleId === 'export-suffix').map((f) => f.severity)).toEqual(['error']);
    expect(raised.actions[0]!.validation).toBe('failed');
    expect(raised).toMatchObject({ result: 'failure', failureReason: 'validation-failed' });
    expect(raised.notices).toContain(`Rule configuration read from ${CONFIG}.`);

    const off = (await ws.run('validate', { rules: 'export-suffix=off' })).report;
    expect(off.findings.filter((f) => f.ruleId === 'export-suffix')).toEqual([]);
    expect(off.result).toBe('success');
  });

  it('applies overrides by path, later entries winning', async () => {
    const legacy = ws.place(PRESENCE, 'legacy/presence.json', (d) => (d.name = EXPORTED('Legacy Presence')));
    const current = ws.place(PRESENCE, 'presence.json', (d) => (d.name = EXPORTED(d.name)));
    ws.write(CONFIG, ['rules:', '  export-suffix: error', 'overrides:', '  - files: ["data-actions/legacy/**"]', '    rules: { export-suffix: info }', '  - files: data-actions/legacy', '    rules: { export-suffix: off }', ''].join('\n'));
    const { report } = await ws.run('validate');
    expect(report.findings.filter((f) => f.ruleId === 'export-suffix').map((f) => [f.file, f.severity])).toEqual([[current, 'error']]);
    expect(report.actions.find((a) => a.file === legacy)!.validation).not.toBe('failed');
  });

  it('reports an override glob that matches no file of the run (config-override-unused), at the glob', async () => {
    ws.place(PRESENCE, 'legacy/presence.json', (d) => (d.name = EXPORTED('Legacy Presence')));
    const yml = ['overrides:', '  - files: ["legacy/**", "data-actions/legacy/**"]', '    rules: { export-suffix: off }', ''].join('\n');
    ws.write(CONFIG, yml);
    const { report } = await ws.run('validate');
    const unused = report.findings.filter((f) => f.ruleId === 'config-override-unused');
    expect(unused.map((f) => [f.file, f.severity, f.line, f.column, f.message])).toEqual([
      [CONFIG, 'warning', ...Object.values(positionOf(yml, '"legacy/**"')), 'overrides[0]: "legacy/**" matches no definition or fixture file of this run, so its rules apply nowhere.'],
    ]);
    // the second glob matched: its setting applies
    expect(report.findings.filter((f) => f.ruleId === 'export-suffix')).toEqual([]);
  });

  it('reports config-invalid in the YAML file at its line and column, and runs with the valid rest', async () => {
    ws.place(PRESENCE, 'presence.json', (d) => (d.name = EXPORTED(d.name)));
    ws.write(CONFIG, 'rules:\n  export-sufix: off\n  json-bom: off\n');
    const { report } = await ws.run('validate');
    expect(report.findings.find((f) => f.ruleId === 'config-invalid')).toMatchObject({ file: CONFIG, line: 2, column: 3, severity: 'error', message: '"rules": "export-sufix" is not a rule id; did you mean "export-suffix"?' });
    // The typo left export-suffix at its default: the definition was still validated.
    expect(report.findings.filter((f) => f.ruleId === 'export-suffix').map((f) => f.severity)).toEqual(['warning']);
    expect(report.actions).toHaveLength(1);
    expect(report).toMatchObject({ result: 'failure', failureReason: 'configuration' });
    expect((await ws.run('validate', { 'fail-on': 'never' })).report.result).toBe('success');
  });

  it('stops with a configuration error when the config input names a missing file', async () => {
    ws.place(PRESENCE);
    const { report } = await ws.run('validate', { config: 'ci/rules.yml' });
    expect(report).toMatchObject({ result: 'failure', failureReason: 'configuration', actions: [] });
    expect(report.errors).toEqual(['The config file ci/rules.yml named by the "config" input does not exist.']);
  });

  it('reads the file the config input names instead of the default one', async () => {
    ws.place(PRESENCE, 'presence.json', (d) => (d.name = EXPORTED(d.name)));
    ws.write(CONFIG, 'rules:\n  export-suffix: error\n');
    ws.write('ci/rules.yml', 'rules:\n  export-suffix: off\n');
    const { report } = await ws.run('validate', { config: 'ci/rules.yml' });
    expect(report.findings.filter((f) => f.ruleId === 'export-suffix')).toEqual([]);
    expect(report.notices).toContain('Rule configuration read from ci/rules.yml.');
  });
});

describe('fail-on', () => {
  it('warning: a remaining warning fails the run; the file sets the default and the input wins', async () => {
    ws.place(PRESENCE, 'presence.json', (d) => (d.name = EXPORTED(d.name)));
    expect((await ws.run('validate', { 'fail-on': 'warning' })).report).toMatchObject({ result: 'failure', failureReason: 'validation-failed' });
    ws.write(CONFIG, 'fail-on: warning\n');
    expect((await ws.run('validate')).report.result).toBe('failure');
    expect((await ws.run('validate', { 'fail-on': 'error' })).report.result).toBe('success');
  });

  it('never: findings do not fail the run, but a definition with an error is still not deployed', async () => {
    let emulator: Emulator | undefined;
    try {
      emulator = await createEmulator();
      const broken = ws.write('data-actions/broken.json', ws.read(ws.place(PRESENCE, 'broken.json')).replace('"GET",', '"GET"'));
      ws.place(EWT);
      const { report } = await ws.run('deploy', { 'fail-on': 'never' }, emulator);
      expect(report.findings.find((f) => f.file === broken)).toMatchObject({ ruleId: 'json-syntax', severity: 'error' });
      expect(report.result).toBe('success');
      expect(report.counts).toMatchObject({ created: 1, failed: 1 });
      expect([...emulator.state.actions.values()].map((a) => a.published?.name)).toEqual(['Get Estimated Wait Time (With Default)']);
    } finally {
      await emulator?.close();
    }
  });
});

describe('inline suppressions', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await createEmulator();
  });
  afterEach(async () => emulator.close());

  it('hide the findings they name from annotations and failure, list them with their reason, and are never sent to Genesys', async () => {
    const file = ws.place(PRESENCE, 'presence.json', (d) => {
      d.name = EXPORTED(d.name);
      d.suppress = { 'export-suffix': 'the suffix stays until the flows are migrated', 'json-bom': 'left from an old editor', 'unknown-keys': 'typo' };
    });
    ws.write(CONFIG, 'rules:\n  export-suffix: error\n');
    const text = ws.read(file);
    const { report } = await ws.run('deploy', {}, emulator);

    expect(report.findings.filter((f) => f.ruleId === 'export-suffix')).toEqual([]);
    const action = report.actions[0]!;
    expect(action.suppressed).toEqual([expect.objectContaining({ ruleId: 'export-suffix', severity: 'error', file, reason: 'the suffix stays until the flows are migrated', pointer: '/name', line: positionOf(text, '"name"').line })]);
    expect(report.findings.find((f) => f.ruleId === 'suppression-unused')).toMatchObject({ file, severity: 'info', ...positionOf(text, '"json-bom"') });
    expect(report.findings.find((f) => f.ruleId === 'suppression-invalid')).toMatchObject({ file, severity: 'warning', ...positionOf(text, '"unknown-keys"') });

    expect(report.result).toBe('success');
    expect(action.deploy?.status).toBe('created');
    const [stored] = [...emulator.state.actions.values()];
    expect(stored!.published!.name).toBe('Get User Presence');
    expect(JSON.stringify(stored)).not.toContain('suppress');

    expect(renderSummary(report, {})).toContain('| ⚠️ warnings · 1 suppressed |');
    expect(renderText(report)).toContain('1 suppressed');
    expect(toJsonReport(report, {}).actions[0]!.suppressed![0]).toMatchObject({ ruleId: 'export-suffix', reason: 'the suffix stays until the flows are migrated' });
  });

  it('cannot hide the errors of a file that is not a definition, nor can the config file', async () => {
    const file = ws.place(PRESENCE, 'presence.json', (d) => {
      delete d.config;
      d.suppress = { structure: 'not ready yet' };
    });
    ws.write(CONFIG, 'rules:\n  structure: off\n');
    const { report } = await ws.run('validate');
    expect(report.findings.filter((f) => f.file === file && f.ruleId === 'structure').map((f) => f.severity)).toContain('error');
    expect(report.actions[0]!.validation).toBe('failed');
    expect(report.actions[0]!.suppressed).toBeUndefined();
    expect(report.result).toBe('failure');
    // Its later rules never ran, so no suppression of it is judged unused.
    expect(report.findings.filter((f) => f.ruleId === 'suppression-unused')).toEqual([]);
  });
});

describe('dry-run findings under configuration', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await createEmulator();
  });
  afterEach(async () => emulator.close());

  const failingCase = { input: { QUEUE_ID: 'q', MEDIA_TYPE: 'call' }, response: { body: { results: [{ estimatedWaitTimeSeconds: 12 }] } }, expect: { output: { estimated_wait_time: 13 } } };

  it('dry-run-failed lowered to a warning: the failure is reported and accepted, and the definition deploys', async () => {
    const file = ws.place(EWT);
    ws.write(file.replace('.json', '.fixture.json'), failingCase);
    ws.write(CONFIG, 'rules:\n  dry-run-failed: warning\n');
    const { report } = await ws.run('deploy', {}, emulator);
    const action = report.actions[0]!;
    expect(action).toMatchObject({ dryRun: 'failed', dryRunAccepted: true, deploy: { status: 'created' } });
    expect(report.findings.find((f) => f.ruleId === 'dry-run-failed')?.severity).toBe('warning');
    expect(report).toMatchObject({ result: 'success', counts: { failed: 0, created: 1 } });
    expect(renderSummary(report, {})).toContain('⚠️ 0/1 passed (accepted)');

    // fail-on warning fails the run on it, but what was deployable was deployed.
    const strict = (await ws.run('deploy', { 'fail-on': 'warning' }, emulator)).report;
    expect(strict).toMatchObject({ result: 'failure', failureReason: 'test-failed' });
    expect(strict.actions[0]!.deploy?.status).toBe('unchanged');
  });

  it('a definition cannot suppress its own failing fixture: the suppression is refused and the failure blocks', async () => {
    const file = ws.place(EWT, EWT, (d) => (d.suppress = { 'dry-run-failed': 'the recorded response predates the new queue' }));
    ws.write(file.replace('.json', '.fixture.json'), failingCase);
    const { report } = await ws.run('deploy', {}, emulator);
    expect(report.findings.filter((f) => f.ruleId === 'dry-run-failed').map((f) => f.severity)).toEqual(['error']);
    expect(report.findings.find((f) => f.ruleId === 'suppression-invalid')?.message).toContain('The rule "dry-run-failed" cannot be suppressed inline');
    expect(report.actions[0]!.suppressed ?? []).toEqual([]);
    expect(report.actions[0]!.deploy?.status).not.toBe('created');
    expect(report).toMatchObject({ result: 'failure', failureReason: 'test-failed' });
  });
});

describe('internal-error', () => {
  it('is reported for a file whose processing crashed, and no configuration or suppression removes it', () => {
    const result = crashed('data-actions/a.json', new Error('boom'));
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: 'internal-error', severity: 'error', file: 'data-actions/a.json', line: 1, column: 1, message: 'This file could not be processed: boom' })]);
    result.suppressions = [{ ruleId: 'internal-error', reason: 'hide it', pointer: '/suppress/internal-error' }];
    const kept = configureForResult(result, { rules: { 'internal-error': 'off' }, overrides: [{ rules: { 'internal-error': 'info' } }] }, result.findings);
    expect(kept.map((f) => [f.ruleId, f.severity])).toEqual([['internal-error', 'error']]);
    expect(result.report.suppressed).toBeUndefined();
  });
});
