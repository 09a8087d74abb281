/**
 * `*EntityListing` paging (genesys-api.md §3.2): 1-based `pageNumber`, `pageSize` default 25.
 */
import type { EntityListing } from '../src/genesys/types.js';
import { badRequest } from './errors.js';

/** Largest accepted `pageSize` (policy: the real maximum is UNCONFIRMED, §3.2; 100 is known to work). */
export const MAX_PAGE_SIZE = 500;

/** Parses an optional positive-integer query parameter; throws ApiError 400 when malformed. */
function positiveInt(query: URLSearchParams, name: string, fallback: number, max?: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || (max !== undefined && n > max)) {
    throw badRequest(`Invalid value for ${name}: ${raw}. It must be an integer from 1${max ? ` to ${max}` : ''}.`);
  }
  return n;
}

/**
 * Cuts one page out of `items` and builds the listing envelope. URIs are
 * `<basePath>?<the request's other query params>&pageSize=N&pageNumber=M` (format UNCONFIRMED, §3.2).
 * `nextUri` is present only when a later page exists, `previousUri` only after page 1.
 * A page past the end has empty `entities`. Throws ApiError 400 for a bad pageSize/pageNumber.
 */
export function paginate<T>(items: readonly T[], query: URLSearchParams, basePath: string): EntityListing<T> {
  const pageSize = positiveInt(query, 'pageSize', 25, MAX_PAGE_SIZE);
  const pageNumber = positiveInt(query, 'pageNumber', 1);
  const total = items.length;
  const pageCount = Math.ceil(total / pageSize);
  const start = (pageNumber - 1) * pageSize;
  const uri = (n: number): string => {
    const q = new URLSearchParams(query);
    q.set('pageSize', String(pageSize));
    q.set('pageNumber', String(n));
    return `${basePath}?${q.toString()}`;
  };
  const listing: EntityListing<T> = {
    entities: items.slice(start, start + pageSize),
    pageSize,
    pageNumber,
    total,
    pageCount,
    firstUri: uri(1),
    selfUri: uri(pageNumber),
    lastUri: uri(Math.max(1, pageCount)),
  };
  if (pageNumber < pageCount) listing.nextUri = uri(pageNumber + 1);
  if (pageNumber > 1) listing.previousUri = uri(pageNumber - 1);
  return listing;
}

/**
 * Sorts by a root-level field (`sortBy`, default `name`) and `sortOrder` (`ASC` default, `DESC`),
 * strings case-insensitively; ties keep their insertion order (genesys-api.md §3.2, §5.1).
 */
export function sortEntities<T extends object>(items: readonly T[], query: URLSearchParams): T[] {
  const sortBy = query.get('sortBy') || 'name';
  const desc = (query.get('sortOrder') ?? '').toUpperCase() === 'DESC';
  const key = (x: T): string | number => {
    const v = (x as Record<string, unknown>)[sortBy];
    return typeof v === 'number' ? v : typeof v === 'string' ? v.toLowerCase() : v === undefined ? '' : JSON.stringify(v);
  };
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c = ka < kb ? -1 : ka > kb ? 1 : 0;
    return desc ? -c : c;
  });
}
