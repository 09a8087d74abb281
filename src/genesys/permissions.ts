/**
 * The permissions each call of this project needs, for the hints of 403 findings
 * (genesys-api.md §5 table "Permissions (ANY)", §8.2, §12). Pure.
 */

/** What a plan reads: integrations (to resolve targets) and published actions. */
export const PLAN_PERMISSIONS: readonly string[] = ['integrations:integration:view', 'integrations:action:view'];

/** What a deploy needs besides the plan's: create drafts, edit/validate/publish them, delete leftovers. */
export const DEPLOY_PERMISSIONS: readonly string[] = ['integrations:action:add', 'integrations:action:edit', 'integrations:action:delete'];

const ACTIONS = /^\/api\/v2\/integrations\/actions(\/.*)?$/;
const INTEGRATIONS = /^\/api\/v2\/integrations(\/[^/]+)?$/;

/**
 * The permissions (any one suffices) Genesys checks for `method` `path` (query string ignored),
 * per genesys-api.md §5 and §8.2; empty for a call the table does not list.
 * - `GET /actions…` (listings, actions, drafts, templates, schemas): `integrations:action:view`
 *   or `bridge:actions:view`; but `GET …/draft/validation` needs `integrations:action:edit`;
 * - `POST /actions`, `POST /actions/drafts`: `integrations:action:add`;
 * - `POST /{id}/draft`, `PATCH …`, `POST …/draft/publish`: `integrations:action:edit`;
 * - `DELETE …`: `integrations:action:delete`;
 * - `POST …/test`, `POST …/execute`: `integrations:action:execute` (or `bridge:actions:execute`);
 * - `GET /api/v2/integrations[/{id}]`: `integrations:integration:view`.
 */
export function permissionsFor(method: string, path: string): string[] {
  const m = method.toUpperCase();
  const p = path.split('?')[0]!.replace(/\/+$/, '');
  const actions = ACTIONS.exec(p);
  if (actions) {
    const rest = actions[1] ?? '';
    if (m === 'GET') return rest.endsWith('/draft/validation') ? ['integrations:action:edit'] : ['integrations:action:view', 'bridge:actions:view'];
    if (m === 'DELETE') return ['integrations:action:delete'];
    if (m === 'POST' && (rest === '' || rest === '/drafts')) return ['integrations:action:add'];
    if (m === 'POST' && /\/(test|execute)$/.test(rest)) return rest.endsWith('/draft/test') ? ['integrations:action:execute'] : ['integrations:action:execute', 'bridge:actions:execute'];
    if (m === 'POST' || m === 'PATCH') return ['integrations:action:edit'];
    return [];
  }
  if (INTEGRATIONS.test(p) && m === 'GET') return ['integrations:integration:view'];
  return [];
}

/**
 * The hint of a 403: the permission the refused call needs (when known), then the whole set a
 * plan (and, for `deploy`, a deploy) needs, so one role change fixes every call.
 */
export function permissionHint(method: string | undefined, path: string | undefined, deploy: boolean): string {
  const needed = method && path ? permissionsFor(method, path) : [];
  const call = needed.length ? `${method} ${path} needs ${needed.join(' or ')}. ` : '';
  const all = deploy ? [...PLAN_PERMISSIONS, ...DEPLOY_PERMISSIONS] : PLAN_PERMISSIONS;
  return `${call}Give the OAuth client's role ${all.join(', ')}${deploy ? '' : ' (a deploy also needs ' + DEPLOY_PERMISSIONS.join(', ') + ')'} — Admin > Roles/Permissions in Genesys Cloud.`;
}
