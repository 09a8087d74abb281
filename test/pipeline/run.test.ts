/**
 * The whole pipeline in-process against the emulator: updates, failing fixtures, ambiguous
 * integrations, auth failures and orphans, on real corpus definitions.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, type Emulator } from '../../emulator/index.js';
import { parseInputs } from '../../src/inputs.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { CORPUS_DIR } from '../support/corpus.js';

const PRESENCE = 'purplenet__Get-User-Presence.json';
const EWT = 'purplenet__Get-Estimated-Wait-Time-With-Default.json';
const SHORTEN = 'limitless-flows__Limitless---Shorten-Link-v1-2021062184350.custom.json';

let emulator: Emulator;
let root: string;

function place(corpusFile: string, as = corpusFile): string {
  mkdirSync(path.join(root, 'data-actions'), { recursive: true });
  cpSync(path.join(CORPUS_DIR, corpusFile), path.join(root, 'data-actions', as));
  return `data-actions/${as}`;
}

function run(mode: string, extra: Record<string, string> = {}) {
  const values: Record<string, string> = { mode, 'client-id': DEFAULT_CLIENT_ID, 'client-secret': DEFAULT_CLIENT_SECRET, 'api-base-url': emulator.url, ...extra };
  return runPipeline(parseInputs((n) => values[n] ?? '', {}), { root });
}

const published = () => [...emulator.state.actions.values()].filter((a) => a.published).map((a) => a.published!);

beforeEach(async () => {
  emulator = await createEmulator();
  root = mkdtempSync(path.join(tmpdir(), 'pipeline-'));
});
afterEach(async () => emulator.close());

describe('runPipeline', () => {
  it('updates a changed definition in place: same id, new version, changed fields reported', async () => {
    const file = place(PRESENCE);
    await run('deploy');
    const [before] = [...emulator.state.actions.values()];
    const doc = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
    doc.config.request.requestUrlTemplate = '/api/v2/users/${input.USER_ID}/presences/PURECLOUD?expand=x';
    doc.contract.output.successSchema.properties.presence.description = 'changed';
    writeFileSync(path.join(root, file), JSON.stringify(doc, null, 2));

    const planned = (await run('plan')).report;
    expect(planned.actions[0]).toMatchObject({ plan: 'update', changedFields: ['config.request.requestUrlTemplate', 'contract.output.successSchema.properties.presence.description'] });
    expect(planned.counts).toMatchObject({ created: 0, updated: 1 });

    const { report } = await run('deploy');
    expect(report.result).toBe('success');
    expect(report.actions[0]!.deploy).toMatchObject({ status: 'updated', actionId: before!.id, version: 2 });
    expect(report.actions[0]!.verify).toMatchObject({ status: 'verified' });
    expect(emulator.state.actions.size).toBe(1);
    expect(published()[0]!.config.request.requestUrlTemplate).toBe(doc.config.request.requestUrlTemplate);
  });

  it('does not deploy a definition whose fixture fails, and says which case', async () => {
    const file = place(EWT);
    writeFileSync(
      path.join(root, file.replace('.json', '.fixture.json')),
      JSON.stringify({ input: { QUEUE_ID: 'q', MEDIA_TYPE: 'call' }, response: { body: { results: [{ estimatedWaitTimeSeconds: 12 }] } }, expect: { output: { estimated_wait_time: 13 } } }),
    );
    place(PRESENCE);
    const { report } = await run('deploy');
    expect(report.result).toBe('failure');
    expect(report.failureReason).toBe('test-failed');
    const ewt = report.actions.find((a) => a.file === file)!;
    expect(ewt.dryRun).toBe('failed');
    expect(ewt.plan).toBeUndefined();
    expect(ewt.deploy).toBeUndefined();
    expect(ewt.cases[0]!.message).toBeTruthy();
    expect(report.findings.find((f) => f.ruleId === 'dry-run-failed')).toMatchObject({ file: file.replace('.json', '.fixture.json'), pointer: '/expect', line: 1, column: 122 });
    expect(published().map((p) => p.name)).toEqual(['Get User Presence']);
  });

  it('asks for the integration when the org has two of the type, and deploys nothing to a guess', async () => {
    emulator.seed.integration({ name: 'Second Web Services', integrationType: 'custom-rest-actions' });
    const file = place(SHORTEN);
    const { report } = await run('deploy');
    expect(report.failureReason).toBe('plan-failed');
    expect(report.actions[0]!.planError).toContain('2 integrations of type "custom-rest-actions"');
    expect(report.findings.find((f) => f.ruleId === 'target-integration')).toMatchObject({ file, line: 3 });
    expect(published()).toEqual([]);

    const chosen = (await run('deploy', { integration: 'Second Web Services' })).report;
    expect(chosen.result).toBe('success');
    const target = [...emulator.state.integrations.values()].find((i) => i.name === 'Second Web Services')!;
    expect([...emulator.state.actions.values()][0]!.integrationId).toBe(target.id);
  });

  it('reports a bad client secret as auth-failed without a secret in the report', async () => {
    place(PRESENCE);
    const { report } = await run('plan', { 'client-secret': 'wrong-secret-value' });
    expect(report.result).toBe('failure');
    expect(report.failureReason).toBe('auth-failed');
    expect(report.errors[0]).toMatch(/^Authentication with Genesys Cloud failed: /);
    expect(JSON.stringify(report)).not.toContain('wrong-secret-value');
  });

  it('lists actions of the org that no definition names, and leaves them alone', async () => {
    place(PRESENCE);
    const other = JSON.parse(readFileSync(path.join(CORPUS_DIR, EWT), 'utf8'));
    emulator.seed.action({ ...other, state: 'published' });
    const { report } = await run('deploy');
    expect(report.orphans).toEqual([expect.objectContaining({ name: other.name, integrationName: 'Genesys Cloud Data Actions' })]);
    expect(published().map((p) => p.name).sort()).toEqual([other.name, 'Get User Presence'].sort());
  });

  it('is a no-op when everything is already deployed', async () => {
    place(PRESENCE);
    await run('deploy');
    const { report } = await run('deploy');
    expect(report).toMatchObject({ result: 'no-op', hasChanges: false, counts: { unchanged: 1, created: 0, updated: 0, failed: 0 } });
  });
});
