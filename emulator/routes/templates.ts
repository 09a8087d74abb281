/**
 * Template text endpoints (genesys-api.md §5 rows 17–18, §5.13): the stored Velocity text of
 * `requesttemplate.vm` / `successtemplate.vm`, as `text/plain`.
 */
import { notFound } from '../errors.js';
import type { Reply } from '../http.js';
import type { PartKind } from '../render.js';
import { ACTIONS_PATH } from '../render.js';
import type { Route, RouteContext } from '../router.js';
import { findPart, PERM } from './common.js';

/** The template text of one part; 404 for an unknown file name (§5.13). */
function template(ctx: RouteContext, kind: PartKind): Reply {
  const { part } = findPart(ctx, kind);
  const file = ctx.params['fileName']!;
  if (file === 'requesttemplate.vm') return { status: 200, text: part.config.request.requestTemplate };
  if (file === 'successtemplate.vm') return { status: 200, text: part.config.response.successTemplate };
  throw notFound(`Template ${file} not found`);
}

/** Routes of the template files. */
export const templateRoutes: Route[] = [
  {
    method: 'GET',
    pattern: `${ACTIONS_PATH}/:actionId/templates/:fileName`,
    permissions: [...PERM.view],
    handler: (ctx) => template(ctx, 'published'),
  },
  {
    method: 'GET',
    pattern: `${ACTIONS_PATH}/:actionId/draft/templates/:fileName`,
    permissions: [...PERM.view],
    handler: (ctx) => template(ctx, 'draft'),
  },
];
