/** The Genesys Cloud client: regions, OAuth, HTTP with retries, integrations and data actions. */
export * from './regions.js';
export * from './errors.js';
export * from './retry.js';
export * from './auth.js';
export * from './http.js';
export * from './paging.js';
export * from './integrations.js';
export * from './actions.js';
export * from './client.js';
export * from './permissions.js';
export { NetworkError } from './transport.js';
export type * from './types.js';
