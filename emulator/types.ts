/**
 * Shapes of the emulator's options, settings and in-memory state.
 *
 * The emulator is a local, in-memory stand-in for one Genesys Cloud org: its login API
 * (`/oauth/token`) and the parts of the Platform API that manage data actions
 * (`/api/v2/integrations`, `/api/v2/integrations/actions/...`), per genesys-api.md §2–§8, §11, §14.
 */
import type { ActionContract, Definition } from '../src/definitions/types.js';
import type { DryRunCase, RecordedResponse, TestExecutionResult } from '../src/dryrun/types.js';

/** An OAuth client of the emulated org (client-credentials grant, genesys-api.md §2). */
export interface EmulatorClient {
  clientId: string;
  clientSecret: string;
  /**
   * Permissions granted to tokens of this client (names of genesys-api.md §5 table / §12,
   * e.g. `integrations:action:view`). `*` in any segment is a wildcard; omitted = all permissions.
   */
  permissions?: string[];
}

/** An integration to seed (genesys-api.md §8.2). */
export interface EmulatorIntegrationSeed {
  /** GUID; generated when omitted. */
  id?: string;
  name: string;
  /** Integration type id, e.g. `custom-rest-actions` or `purecloud-data-actions` (§8.1). */
  integrationType: string;
  /** Credential fields visible to templates as `$credentials` when actions of it are tested. */
  credentials?: Record<string, unknown>;
}

/** HTTP status used for an optimistic-concurrency version mismatch (genesys-api.md §5.4, §14.4†). */
export type VersionConflictStatus = 409 | 400;

/** Options of {@link createEmulator}; every field is optional. */
export interface EmulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free port. */
  port?: number;
  /** OAuth clients; default one client `emulator-client` / `emulator-secret` with all permissions. */
  clients?: EmulatorClient[];
  /** Integrations; default "Web Services Data Actions" and "Genesys Cloud Data Actions". */
  integrations?: EmulatorIntegrationSeed[];
  /** Token lifetime in seconds, reported as `expires_in` (default 86400, genesys-api.md §2). */
  tokenTtlSeconds?: number;
  /** Requests per minute per access token, token bucket (default 300, genesys-api.md §11). */
  rateLimitPerMinute?: number;
  /** Reproduce the "URI only" GET behaviour: omit inline templates from `config` (§4.2, §14.5†). */
  omitInlineTemplates?: boolean;
  /** Status of a version conflict: 409 (default) or 400 "… does not match the current version …" (§5.4†). */
  versionConflictStatus?: VersionConflictStatus;
  /**
   * When false, `PATCH /actions/{id}/draft` that changes the contract of an already-published
   * action is rejected with 400 (genesys-api.md §7: contracts immutable after publish; where it is
   * enforced is UNCONFIRMED). Default true.
   */
  allowContractChangeOnPublished?: boolean;
  /**
   * When true (default), publishing (`POST /actions` and `POST /actions/{id}/draft/publish`) is
   * rejected with 400 when draft validation fails (policy; genesys-api.md §5.8, genesys-runtime.md §7.1).
   */
  validateOnPublish?: boolean;
  /** Clock in epoch milliseconds (token expiry, rate limiting); default `Date.now`. */
  now?: () => number;
  /** The engine behind test/execute; default the project's dry run (`src/dryrun/index.ts`). */
  dryRun?: DryRunFunction;
}

/** Settings the emulator reads on every request; mutable on a running emulator. */
export interface EmulatorSettings {
  tokenTtlSeconds: number;
  rateLimitPerMinute: number;
  omitInlineTemplates: boolean;
  versionConflictStatus: VersionConflictStatus;
  allowContractChangeOnPublished: boolean;
  validateOnPublish: boolean;
}

/** The dry-run engine signature used by the test/execute endpoints. */
export type DryRunFunction = (definition: Definition, testCase: DryRunCase) => TestExecutionResult;

/** An integration as stored. */
export interface StoredIntegration {
  id: string;
  name: string;
  integrationType: { id: string; name: string };
  intendedState: 'ENABLED' | 'DISABLED';
  credentials?: Record<string, unknown>;
}

/**
 * `config` as stored, with the server defaults applied (genesys-api.md §4.2, §14.6). The SDK
 * marks every `RequestConfig` field optional, so `requestUrlTemplate`/`requestType` may be
 * absent until draft validation demands them.
 */
export interface StoredConfig {
  timeoutSeconds?: number;
  request: {
    requestUrlTemplate?: string;
    requestType?: string;
    headers: Record<string, string>;
    requestTemplate: string;
  };
  response: {
    translationMap: Record<string, string>;
    translationMapDefaults: Record<string, string>;
    successTemplate: string;
  };
}

/**
 * One version of an action's editable content: the published part or the draft part.
 * `config` carries the server defaults already applied (genesys-api.md §14.6).
 */
export interface ActionPart {
  name: string;
  category: string;
  secure: boolean;
  config: StoredConfig;
  contract: ActionContract;
  version: number;
}

/** An action as stored: one id, an optional published part and an optional draft part (§7). */
export interface StoredAction {
  id: string;
  integrationId: string;
  published?: ActionPart;
  draft?: ActionPart;
}

/** One handled request, for assertions. Never holds headers, bodies, tokens or secrets. */
export interface RequestLogEntry {
  method: string;
  path: string;
  /** Query parameters; a repeated parameter keeps its last value. */
  query: Record<string, string>;
  status: number;
  /** The `ININ-Correlation-Id` of the response. */
  correlationId: string;
  /** The OAuth client id the bearer token belongs to, when the token was valid. */
  clientId?: string;
}

/** The inspectable in-memory store. */
export interface EmulatorState {
  integrations: Map<string, StoredIntegration>;
  actions: Map<string, StoredAction>;
  requests: RequestLogEntry[];
}

/** Which remote calls a fake response answers: method (any when omitted) and resolved URL. */
export interface RemoteMatcher {
  method?: string;
  /** Exact resolved URL (as step 5 renders it), or a pattern tested against it. */
  url: string | RegExp;
}

/** Options of an injected failure (see `Emulator.failNext`). */
export interface FailureSpec {
  /** HTTP status to answer with, e.g. 429, 500, 502, 503, 504. */
  status: number;
  /** `Retry-After` in integer seconds; for 429 the default is 1. */
  retryAfterSeconds?: number;
  /** Only requests whose path starts with this are failed (default: any request). */
  pathPrefix?: string;
}

export type { RecordedResponse };
