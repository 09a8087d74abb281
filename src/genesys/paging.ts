/**
 * Reading every page of a Genesys `*EntityListing` (genesys-api.md §3.2).
 */
import type { ApiRequester } from './http.js';
import type { EntityListing } from './types.js';

/** Page size used for every listing: the value the Terraform provider uses (§3.2). */
export const PAGE_SIZE = 100;

/** Safety stop against a server that ignores `pageNumber` (100 000 entities at 100 a page). */
export const MAX_PAGES = 1000;

/**
 * Lists all entities of `path` by requesting `pageSize=100&pageNumber=1,2,…` and stopping at
 * the first page whose `entities` is empty or absent — the Terraform provider's rule, which does
 * not trust `pageCount` (genesys-api.md §3.2, §13 "Export").
 *
 * @throws GenesysApiError from any page request; Error after `MAX_PAGES` non-empty pages.
 */
export async function listAllPages<T>(
  api: ApiRequester,
  path: string,
  query: Record<string, string | number | boolean | undefined> = {},
): Promise<T[]> {
  const all: T[] = [];
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
    const page = await api.request<EntityListing<T> | undefined>('GET', path, {
      query: { ...query, pageSize: PAGE_SIZE, pageNumber },
    });
    const entities = page?.entities ?? [];
    if (entities.length === 0) return all;
    all.push(...entities);
  }
  throw new Error(`GET ${path} returned more than ${MAX_PAGES} non-empty pages; stopping.`);
}
