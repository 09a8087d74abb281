/**
 * The permission each call needs, for org-permission hints: the "Permissions (ANY)" column of
 * genesys-api.md §5 and §8.2 (GET /api/v2/integrations → integrations:integration:view).
 */
import { describe, expect, it } from 'vitest';
import { permissionHint, permissionsFor } from '../../src/genesys/permissions.js';

const A = '/api/v2/integrations/actions';

describe('permissionsFor (genesys-api.md §5 table)', () => {
  it.each([
    ['GET', A, ['integrations:action:view', 'bridge:actions:view']], // 1
    ['GET', `${A}/abc`, ['integrations:action:view', 'bridge:actions:view']], // 2
    ['POST', A, ['integrations:action:add']], // 3
    ['PATCH', `${A}/abc`, ['integrations:action:edit']], // 4
    ['DELETE', `${A}/abc`, ['integrations:action:delete']], // 5
    ['GET', `${A}/drafts?pageSize=100`, ['integrations:action:view', 'bridge:actions:view']], // 6
    ['POST', `${A}/drafts`, ['integrations:action:add']], // 7
    ['POST', `${A}/abc/draft`, ['integrations:action:edit']], // 8
    ['GET', `${A}/abc/draft`, ['integrations:action:view', 'bridge:actions:view']], // 9
    ['PATCH', `${A}/abc/draft`, ['integrations:action:edit']], // 10
    ['DELETE', `${A}/abc/draft`, ['integrations:action:delete']], // 11
    ['POST', `${A}/abc/draft/publish`, ['integrations:action:edit']], // 12
    ['GET', `${A}/abc/draft/validation`, ['integrations:action:edit']], // 13
    ['POST', `${A}/abc/draft/test`, ['integrations:action:execute']], // 14
    ['POST', `${A}/abc/test`, ['integrations:action:execute', 'bridge:actions:execute']], // 15
    ['POST', `${A}/abc/execute`, ['integrations:action:execute', 'bridge:actions:execute']], // 16
    ['GET', `${A}/abc/templates/requesttemplate.vm`, ['integrations:action:view', 'bridge:actions:view']], // 17
    ['GET', '/api/v2/integrations', ['integrations:integration:view']], // §8.2
  ])('%s %s', (method, path, expected) => {
    expect(permissionsFor(method, path)).toEqual(expected);
  });

  it('names nothing for calls outside the table', () => {
    expect(permissionsFor('GET', '/api/v2/users/me')).toEqual([]);
  });
});

describe('permissionHint', () => {
  it('names the refused call\'s permission, then the whole set a deploy needs (§12)', () => {
    expect(permissionHint('POST', `${A}/drafts`, true)).toBe(
      "POST /api/v2/integrations/actions/drafts needs integrations:action:add. Give the OAuth client's role integrations:integration:view, integrations:action:view, integrations:action:add, integrations:action:edit, integrations:action:delete — Admin > Roles/Permissions in Genesys Cloud.",
    );
    expect(permissionHint(undefined, undefined, false)).toBe(
      "Give the OAuth client's role integrations:integration:view, integrations:action:view (a deploy also needs integrations:action:add, integrations:action:edit, integrations:action:delete) — Admin > Roles/Permissions in Genesys Cloud.",
    );
  });
});
