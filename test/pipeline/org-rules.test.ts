/**
 * The org checks of plan and deploy against the emulator: `target-integration`,
 * `duplicate-remote-name`, `org-permission` (403, with the permission named) and `org-conflict`
 * (409 / the action changed since the plan), each located at the definition, with nothing
 * half-deployed. Permission names: genesys-api.md §5 table and §12.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index.js';
import { CORPUS_DIR } from '../support/corpus.js';
import { PRESENCE, SHORTEN, Workspace } from './support/workspace.js';

let emulator: Emulator;
let ws: Workspace;

beforeEach(async () => {
  emulator = await createEmulator();
  ws = new Workspace();
});
afterEach(async () => emulator.close());

const LIMITED = { 'client-id': 'limited-client', 'client-secret': 'limited-secret' };
const withPermissions = (permissions: string[]) => emulator.seed.client({ clientId: LIMITED['client-id'], clientSecret: LIMITED['client-secret'], permissions });
const actionsWithParts = () => [...emulator.state.actions.values()].filter((a) => a.published || a.draft);

describe('target-integration', () => {
  it('is reported at the integrationType when the org has two integrations of the type; a suppression cannot hide it', async () => {
    emulator.seed.integration({ name: 'Second Web Services', integrationType: 'custom-rest-actions' });
    const file = ws.place(SHORTEN);
    const { report } = await ws.run('plan', {}, emulator);
    // `"integrationType": "custom-rest-actions",` is line 3 of the corpus file, its value at column 22.
    expect(report.findings.find((f) => f.ruleId === 'target-integration')).toMatchObject({ file, severity: 'error', line: 3, column: 22 });
    expect(report).toMatchObject({ result: 'failure', failureReason: 'plan-failed' });

    ws.place(SHORTEN, SHORTEN, (d) => (d.suppress = { 'target-integration': 'deployed to the second org only' }));
    const again = (await ws.run('plan', {}, emulator)).report;
    expect(again.findings.filter((f) => f.ruleId === 'target-integration').map((f) => f.severity)).toEqual(['error']);
    expect(again.findings.find((f) => f.ruleId === 'suppression-invalid')?.message).toContain('The rule "target-integration" cannot be suppressed inline');
    expect(again).toMatchObject({ result: 'failure', failureReason: 'plan-failed' });
  });
});

describe('duplicate-remote-name', () => {
  it('is reported at the name when two published actions carry it, and neither is touched', async () => {
    const doc = JSON.parse(readFileSync(path.join(CORPUS_DIR, PRESENCE), 'utf8'));
    emulator.seed.action({ ...doc, state: 'published' });
    emulator.seed.action({ ...doc, state: 'published' });
    const file = ws.place(PRESENCE);
    const { report } = await ws.run('deploy', {}, emulator);
    // `"name": "Get User Presence",` is line 2; the value starts at column 11.
    expect(report.findings.find((f) => f.ruleId === 'duplicate-remote-name')).toMatchObject({ file, severity: 'error', line: 2, column: 11 });
    expect(report.actions[0]!.planError).toMatch(/^2 published data actions named "Get User Presence"/);
    expect(report).toMatchObject({ result: 'failure', failureReason: 'plan-failed' });
    expect(actionsWithParts().map((a) => a.published!.version)).toEqual([1, 1]);
  });
});

describe('org-permission', () => {
  it('names integrations:action:add when creating the draft is refused, and creates nothing', async () => {
    withPermissions(['integrations:integration:view', 'integrations:action:view']);
    const file = ws.place(PRESENCE);
    const { report } = await ws.run('deploy', LIMITED, emulator);
    const finding = report.findings.find((f) => f.ruleId === 'org-permission');
    expect(finding).toMatchObject({ file, severity: 'error', line: 2, column: 11, pointer: '/name' });
    expect(finding!.message).toContain('403');
    expect(finding!.hint).toMatch(/^POST \/api\/v2\/integrations\/actions\/drafts needs integrations:action:add\. /);
    expect(finding!.hint).toContain('integrations:action:edit, integrations:action:delete');
    expect(report.actions[0]!.deploy?.status).toBe('failed');
    expect(report).toMatchObject({ result: 'failure', failureReason: 'publish-failed' });
    expect(actionsWithParts()).toEqual([]);
  });

  it('names integrations:action:edit when validating the draft is refused, and deletes the draft it made', async () => {
    withPermissions(['integrations:integration:view', 'integrations:action:view', 'integrations:action:add', 'integrations:action:delete']);
    const file = ws.place(PRESENCE);
    const { report } = await ws.run('deploy', LIMITED, emulator);
    const finding = report.findings.find((f) => f.ruleId === 'org-permission');
    expect(finding).toMatchObject({ file, line: 2, column: 11 });
    expect(finding!.hint).toMatch(/^GET \/api\/v2\/integrations\/actions\/[^/]+\/draft\/validation needs integrations:action:edit\. /);
    expect(report.actions[0]!.deploy?.message).toContain('The draft was deleted.');
    expect(actionsWithParts()).toEqual([]);
  });

  it('at plan time, is reported at every definition when the org refuses to list actions', async () => {
    withPermissions(['integrations:integration:view']);
    const presence = ws.place(PRESENCE);
    const shorten = ws.place(SHORTEN);
    const { report } = await ws.run('plan', LIMITED, emulator);
    const found = report.findings.filter((f) => f.ruleId === 'org-permission');
    expect(found.map((f) => [f.file, f.line]).sort()).toEqual([
      [shorten, 2],
      [presence, 2],
    ].sort());
    expect(found[0]!.hint).toMatch(/^GET \/api\/v2\/integrations\/actions needs integrations:action:view or bridge:actions:view\. /);
    expect(report).toMatchObject({ result: 'failure', failureReason: 'plan-failed' });
    expect(report.errors[0]).toContain('403');
  });
});

describe('org-conflict', () => {
  async function deployed(): Promise<{ file: string; id: string }> {
    const file = ws.place(PRESENCE);
    expect((await ws.run('deploy', {}, emulator)).report.result).toBe('success');
    ws.place(PRESENCE, PRESENCE, (d) => (d.config.request.requestUrlTemplate = '/api/v2/users/${input.USER_ID}/presences/PURECLOUD?expand=x'));
    return { file, id: [...emulator.state.actions.keys()][0]! };
  }

  it('is reported when publishing keeps answering 409; the draft is deleted and the published action unchanged', async () => {
    const { file, id } = await deployed();
    emulator.failNext(2, { status: 409, pathPrefix: `/api/v2/integrations/actions/${id}/draft/publish` });
    const { report } = await ws.run('deploy', {}, emulator);
    const finding = report.findings.find((f) => f.ruleId === 'org-conflict');
    expect(finding).toMatchObject({ file, severity: 'error', line: 2, column: 11 });
    expect(finding!.message).toContain('409');
    expect(finding!.hint).toMatch(/^Someone changed this action .* Run plan again/);
    expect(report).toMatchObject({ result: 'failure', failureReason: 'publish-failed' });
    const stored = emulator.state.actions.get(id)!;
    expect(stored.draft).toBeUndefined();
    expect(stored.published!.version).toBe(1);
    expect(stored.published!.config.request.requestUrlTemplate).toBe('/api/v2/users/${input.USER_ID}/presences/PURECLOUD');
  });

  it('is reported when the action changed between the plan and the deploy', async () => {
    const { file, id } = await deployed();
    // Someone publishes a new version while this run is about to update the action.
    const log = (m: string) => {
      if (m.startsWith('Updating: ')) emulator.state.actions.get(id)!.published!.version += 1;
    };
    const { report } = await ws.run('deploy', {}, emulator, { log });
    const finding = report.findings.find((f) => f.ruleId === 'org-conflict');
    expect(finding).toMatchObject({ file, line: 2, column: 11 });
    expect(finding!.message).toContain('the action changed since the plan (version 2, planned against 1)');
    expect(report.actions[0]!.deploy?.status).toBe('failed');
    expect(emulator.state.actions.get(id)!.draft).toBeUndefined();
  });
});
