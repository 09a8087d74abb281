import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/genesys/types.js';
import { planActions, type DesiredAction } from '../../src/plan/plan.js';
import { fixturePayload, readBack } from './support/corpus.js';

const INT = { integrationId: 'int-1', integrationName: 'Genesys Cloud Data Actions' };

function desired(file: string, overrides: Partial<DesiredAction> = {}): DesiredAction {
  const payload = fixturePayload(file, INT.integrationId, 'CRM');
  return { name: payload.name, file: `actions/${file}`, ...INT, payload, ...overrides };
}

function summary(id: string, name: string, integrationId = 'int-1', version = 1): Action {
  return { id, name, integrationId, category: 'CRM', version, secure: false };
}

describe('planActions', () => {
  it('plans create / update / unchanged from real definitions', () => {
    const disconnect = desired('ani-blacklist__Disconnect-Interaction.json');
    const callback = desired('purplenet__Create-Callback-Extended.json');
    const balance = desired('wfm-hris__Bamboo-Get-Balance.custom.json');
    const changedCallback = structuredClone(callback.payload);
    changedCallback.config.request.requestTemplate = '{"callbackNumbers": ["${input.callbackNumber}"]}';

    const remote = [readBack(disconnect.payload, 'act-d', 4), readBack(changedCallback, 'act-c', 7)];
    const { items, problems } = planActions([disconnect, callback, balance], remote);

    expect(problems).toEqual([]);
    expect(items.map((i) => [i.name, i.change, i.actionId, i.remoteVersion])).toEqual([
      ['Disconnect Interaction', 'unchanged', 'act-d', 4],
      ['Create Callback Extended', 'update', 'act-c', 7],
      ['Bamboo-Get-Balance', 'create', undefined, undefined],
    ]);
    expect(items[1]!.changedFields).toEqual(['config.request.requestTemplate']);
    expect(items[1]!.contractChanged).toBe(false);
    expect(items[1]!.desired).toBe(callback.payload);
    expect(items[2]!.desired).toBe(balance.payload);
    expect(items[2]!.file).toBe('actions/wfm-hris__Bamboo-Get-Balance.custom.json');
  });

  it('flags a contract change', () => {
    const d = desired('purplenet__Create-Callback-Extended.json');
    const remotePayload = structuredClone(d.payload) as any;
    delete remotePayload.contract.output.successSchema.properties.conversationId;
    const { items } = planActions([d], [readBack(remotePayload, 'act-c')]);
    expect(items[0]!.change).toBe('update');
    expect(items[0]!.changedFields).toEqual(['contract.output.successSchema.properties.conversationId']);
    expect(items[0]!.contractChanged).toBe(true);
  });

  it('matches by exact name and integration only', () => {
    const d = desired('ani-blacklist__Disconnect-Interaction.json');
    const elsewhere = { ...readBack(d.payload, 'act-x'), integrationId: 'int-2' };
    const otherCase = { ...readBack(d.payload, 'act-y'), name: 'disconnect interaction' };
    const { items } = planActions([d], [elsewhere, otherCase]);
    expect(items.map((i) => i.change)).toEqual(['create', 'orphan']);
    expect(items[1]!.actionId).toBe('act-y');
  });

  it('keeps the remote category when the definition named none', () => {
    const d = desired('ani-blacklist__Disconnect-Interaction.json', { categoryIsDefault: true });
    const remote = { ...readBack(d.payload, 'act-d'), category: 'Telephony' };
    const { items } = planActions([d], [remote]);
    expect(items[0]!.change).toBe('unchanged');
    expect(items[0]!.desired!.category).toBe('Telephony');
    expect(d.payload.category).toBe('CRM');

    const template = structuredClone(d.payload);
    template.config.response.successTemplate = '{}';
    const updated = planActions([{ ...d, payload: template }], [remote]).items[0]!;
    expect(updated.changedFields).toEqual(['config.response.successTemplate']);
    expect(updated.desired!.category).toBe('Telephony');
  });

  it('diffs an explicit category', () => {
    const d = desired('ani-blacklist__Disconnect-Interaction.json');
    const remote = { ...readBack(d.payload, 'act-d'), category: 'Telephony' };
    const { items } = planActions([d], [remote]);
    expect(items[0]!.change).toBe('update');
    expect(items[0]!.changedFields).toEqual(['category']);
    expect(items[0]!.desired!.category).toBe('CRM');
  });

  it('reports several remote actions with the name as a problem, not an item', () => {
    const d = desired('ani-blacklist__Disconnect-Interaction.json');
    const { items, problems } = planActions([d], [readBack(d.payload, 'act-1'), readBack(d.payload, 'act-2')]);
    expect(items).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      kind: 'duplicate-remote',
      name: 'Disconnect Interaction',
      file: 'actions/ani-blacklist__Disconnect-Interaction.json',
      actionIds: ['act-1', 'act-2'],
    });
    expect(problems[0]!.message).toContain('2 published data actions named "Disconnect Interaction"');
  });

  it('reports two definitions of one name in one integration', () => {
    const a = desired('ani-blacklist__Disconnect-Interaction.json');
    const b = { ...desired('ani-blacklist__Disconnect-Interaction.json'), file: 'other/disconnect.json' };
    const { items, problems } = planActions([a, b], []);
    expect(items).toEqual([]);
    expect(problems.map((p) => [p.kind, p.file, p.otherFiles])).toEqual([
      ['duplicate-definition', 'actions/ani-blacklist__Disconnect-Interaction.json', ['other/disconnect.json']],
      ['duplicate-definition', 'other/disconnect.json', ['actions/ani-blacklist__Disconnect-Interaction.json']],
    ]);
  });

  it('lists orphans in managed integrations only, never system actions', () => {
    const d = desired('ani-blacklist__Disconnect-Interaction.json');
    const remote = [
      readBack(d.payload, 'act-d'),
      summary('act-z', 'Zeta'),
      summary('act-a', 'Alpha'),
      summary('static_e7b86b86', 'Built-in'),
      summary('customAuth_-_int-1', 'Custom Auth'),
      summary('act-o', 'Other integration', 'int-9'),
      summary('act-m', 'Managed elsewhere', 'int-5', 3),
    ];
    const { items } = planActions([d], remote, { managedIntegrations: [{ id: 'int-5', name: 'Legacy WS' }] });
    expect(items.map((i) => [i.change, i.name, i.integrationName, i.actionId])).toEqual([
      ['unchanged', 'Disconnect Interaction', 'Genesys Cloud Data Actions', 'act-d'],
      ['orphan', 'Alpha', 'Genesys Cloud Data Actions', 'act-a'],
      ['orphan', 'Zeta', 'Genesys Cloud Data Actions', 'act-z'],
      ['orphan', 'Managed elsewhere', 'Legacy WS', 'act-m'],
    ]);
    expect(items[1]!.file).toBeUndefined();
    expect(items[3]!.remoteVersion).toBe(3);
  });
});
