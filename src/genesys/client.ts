/**
 * Wiring: from region (or API base URL) and OAuth client credentials to ready API objects.
 */
import { createActionsApi, type ActionsApi } from './actions.js';
import { ClientCredentialsAuth } from './auth.js';
import { GenesysHttp } from './http.js';
import { baseUrlsFromOverride, resolveRegion, type GenesysBaseUrls } from './regions.js';
import type { RetryPolicy, Sleep } from './retry.js';

/** What `createGenesysClient` needs. `region` or `apiBaseUrl` must be given; `apiBaseUrl` wins. */
export interface GenesysClientOptions {
  /** SDK name, Terraform name or domain (regions.ts). */
  region?: string;
  /** Explicit API base URL (the `api-base-url` input, e.g. the local emulator). */
  apiBaseUrl?: string;
  clientId: string;
  clientSecret: string;
  /** Receives each access token as soon as it is obtained, to mask it (e.g. `core.setSecret`). */
  onSecret?: (value: string) => void;
  /** Debug log for retries and token refreshes; never receives secrets. */
  log?: (message: string) => void;
  sleep?: Sleep;
  now?: () => number;
  retryPolicy?: Partial<RetryPolicy>;
  timeoutMs?: number;
  userAgent?: string;
}

/** The assembled client: base URLs, the raw requester and the typed data-action calls. */
export interface GenesysClient {
  baseUrls: GenesysBaseUrls;
  http: GenesysHttp;
  auth: ClientCredentialsAuth;
  actions: ActionsApi;
}

/**
 * Resolves the base URLs and builds auth + HTTP + actions API. Makes no request.
 *
 * @throws Error for an unknown region, a bad `apiBaseUrl`, or neither given.
 */
export function createGenesysClient(options: GenesysClientOptions): GenesysClient {
  let baseUrls: GenesysBaseUrls;
  if (options.apiBaseUrl) baseUrls = baseUrlsFromOverride(options.apiBaseUrl);
  else if (options.region) baseUrls = resolveRegion(options.region);
  else throw new Error('A Genesys Cloud region (or api-base-url) is required.');
  const auth = new ClientCredentialsAuth({
    loginBaseUrl: baseUrls.loginBaseUrl,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    onSecret: options.onSecret,
    log: options.log,
    sleep: options.sleep,
    now: options.now,
    timeoutMs: options.timeoutMs,
  });
  const http = new GenesysHttp({
    apiBaseUrl: baseUrls.apiBaseUrl,
    auth,
    sleep: options.sleep,
    log: options.log,
    retryPolicy: options.retryPolicy,
    timeoutMs: options.timeoutMs,
    userAgent: options.userAgent ?? 'genesys-data-actions-action',
  });
  return { baseUrls, http, auth, actions: createActionsApi(http) };
}
