/**
 * `GET /api/v2/integrations` and `GET /api/v2/integrations/{id}` (genesys-api.md §8.2).
 */
import type { Integration } from '../../src/genesys/types.js';
import { badRequest, notFound } from '../errors.js';
import type { Reply } from '../http.js';
import { paginate, sortEntities } from '../paging.js';
import type { Route, RouteContext } from '../router.js';
import type { StoredIntegration } from '../types.js';
import { PERM } from './common.js';

/** Base path of the integrations resource. */
export const INTEGRATIONS_PATH = '/api/v2/integrations';

/** Wire shape of an integration; credentials are never rendered. */
export function renderIntegration(i: StoredIntegration): Integration & { reportedState: { code: string } } {
  return {
    id: i.id,
    name: i.name,
    integrationType: { ...i.integrationType },
    intendedState: i.intendedState,
    reportedState: { code: i.intendedState === 'ENABLED' ? 'ACTIVE' : 'INACTIVE' },
    selfUri: `${INTEGRATIONS_PATH}/${i.id}`,
  };
}

/** List with `integrationType` and `ids` (max 100) filters, sorted by name, paged. */
function list(ctx: RouteContext): Reply {
  const type = ctx.query.get('integrationType');
  const idsParam = ctx.query.get('ids');
  const ids = idsParam ? idsParam.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
  if (ids && ids.length > 100) throw badRequest('ids must contain at most 100 values');
  const items = [...ctx.state.integrations.values()]
    .filter((i) => (!type || i.integrationType.id === type) && (!ids || ids.includes(i.id)))
    .map(renderIntegration);
  return { status: 200, json: paginate(sortEntities(items, ctx.query), ctx.query, INTEGRATIONS_PATH) };
}

/** One integration or 404. */
function get(ctx: RouteContext): Reply {
  const i = ctx.state.integrations.get(ctx.params['integrationId']!);
  if (!i) throw notFound(`Integration ${ctx.params['integrationId']} not found`);
  return { status: 200, json: renderIntegration(i) };
}

/** Routes of integrations; register after the action routes (`/integrations/actions` is literal). */
export const integrationRoutes: Route[] = [
  { method: 'GET', pattern: INTEGRATIONS_PATH, permissions: [...PERM.integrationView], handler: list },
  { method: 'GET', pattern: `${INTEGRATIONS_PATH}/:integrationId`, permissions: [...PERM.integrationView], handler: get },
];
