import { describe, expect, it } from 'vitest';
import { planHash } from '../../src/plan/hash.js';
import { planActions, type DesiredAction } from '../../src/plan/plan.js';
import { fixturePayload, readBack, reverseKeys } from './support/corpus.js';

function desired(file: string): DesiredAction {
  const payload = fixturePayload(file);
  return { name: payload.name, file: `a/${file}`, integrationId: 'int-1', integrationName: 'GC', payload };
}

const A = desired('ani-blacklist__Disconnect-Interaction.json');
const B = desired('purplenet__Create-Callback-Extended.json');

describe('planHash', () => {
  const base = planActions([A, B], [readBack(A.payload, 'act-a', 2)]).items;

  it('is 64 hex characters and stable', () => {
    const hash = planHash(base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(planHash(planActions([A, B], [readBack(A.payload, 'act-a', 2)]).items)).toBe(hash);
  });

  it('ignores item order, key order and file paths', () => {
    const shuffled = planActions(
      [{ ...B, file: 'moved.json', payload: reverseKeys(B.payload) as typeof B.payload }, A],
      [readBack(A.payload, 'act-a', 2)],
    ).items;
    expect(planHash(shuffled)).toBe(planHash(base));
  });

  it('changes with the desired state', () => {
    const changed = structuredClone(B.payload);
    changed.config.response.successTemplate = '${rawResult}';
    const items = planActions([A, { ...B, payload: changed }], [readBack(A.payload, 'act-a', 2)]).items;
    expect(planHash(items)).not.toBe(planHash(base));
  });

  it('changes with the remote version', () => {
    const items = planActions([A, B], [readBack(A.payload, 'act-a', 3)]).items;
    expect(items[0]!.change).toBe('unchanged');
    expect(planHash(items)).not.toBe(planHash(base));
  });
});
