import { describe, expect, it } from 'vitest';
import type { ActionsApi } from '../../src/genesys/actions.js';
import type { Action } from '../../src/genesys/types.js';
import type { DesiredAction } from '../../src/plan/plan.js';
import { readRemoteState } from '../../src/plan/remote.js';
import { fixturePayload, readBack } from './support/corpus.js';

function summary(id: string, name: string, integrationId: string): Action {
  return { id, name, integrationId, category: 'CRM', version: 1, secure: false };
}

describe('readRemoteState', () => {
  it('keeps managed integrations and reads matched actions in full', async () => {
    const payload = fixturePayload('ani-blacklist__Disconnect-Interaction.json');
    const d: DesiredAction = { name: payload.name, file: 'a.json', integrationId: 'int-1', integrationName: 'GC', payload };
    const full = readBack(payload, 'act-1');
    const reads: string[] = [];
    const api = {
      listActions: async () => [
        summary('act-1', 'Disconnect Interaction', 'int-1'),
        summary('act-2', 'Unnamed here', 'int-1'),
        summary('act-3', 'Disconnect Interaction', 'int-2'),
        summary('static_1', 'Disconnect Interaction', 'int-1'),
        summary('act-4', 'Listed', 'int-3'),
      ],
      getAction: async (id: string) => {
        reads.push(id);
        return full;
      },
    } as unknown as ActionsApi;
    const remote = await readRemoteState(api, [d], { integrationIds: ['int-3'] });
    expect(remote.map((a) => a.id)).toEqual(['act-1', 'act-2', 'act-4']);
    expect(remote[0]).toBe(full);
    expect(reads).toEqual(['act-1']);
  });
});
