/**
 * A faithful, in-memory Genesys Cloud API for tests and demos: the login API (`POST /oauth/token`)
 * and the data-action management API (`/api/v2/integrations`, `/api/v2/integrations/actions/…`)
 * on one loopback origin. Behaviour follows genesys-api.md §2–§8, §11 and the checklist of §14;
 * every UNCONFIRMED behaviour is a named policy, and the ones §14 calls out are settings.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthService } from './auth.js';
import { loadDefaultDryRun } from './engine.js';
import { FaultInjector } from './faults.js';
import { RateLimiter } from './rate-limit.js';
import { RemoteRegistry } from './remotes.js';
import type { Route } from './router.js';
import { actionRoutes } from './routes/actions.js';
import { draftRoutes } from './routes/drafts.js';
import { integrationRoutes } from './routes/integrations.js';
import { templateRoutes } from './routes/templates.js';
import { testExecuteRoutes } from './routes/test-execute.js';
import { createSeeder, DEFAULT_CLIENTS, DEFAULT_INTEGRATIONS, makeIntegration, type Seeder } from './seed.js';
import { createListener } from './server.js';
import type { EmulatorOptions, EmulatorSettings, EmulatorState, FailureSpec } from './types.js';

export type * from './types.js';
export type { ActionSeed, Seeder } from './seed.js';
export { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from './seed.js';
export { RemoteRegistry } from './remotes.js';

/** A running emulator. */
export interface Emulator {
  /** Base URL for both login and API, e.g. `http://127.0.0.1:43121` (no trailing slash). */
  url: string;
  port: number;
  /** The in-memory store: integrations, actions (published + draft parts), request log. */
  state: EmulatorState;
  /** Behaviour settings; change them at any time, they apply to the next request. */
  settings: EmulatorSettings;
  /** Fake responses for the remote call of test/execute. */
  remotes: RemoteRegistry;
  /** Places integrations, actions and clients directly in the store. */
  seed: Seeder;
  /**
   * Fails the next `count` requests (matching `spec.pathPrefix` when given) with `spec.status`:
   * 429 gives the normalised body with `Retry-After` (genesys-api.md §11); 5xx the generic
   * ErrorBody. Throws RangeError for a count < 1 or a status outside 400–599.
   */
  failNext(count: number, spec: FailureSpec): void;
  /** Drops every queued injected failure. */
  clearFailures(): void;
  /** Invalidates every issued access token (clients must log in again). */
  revokeTokens(): void;
  /** Refills every rate-limit bucket. */
  resetRateLimits(): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/** All routes, literal paths before parameterised ones of the same shape. */
const ROUTES: readonly Route[] = [...actionRoutes, ...draftRoutes, ...templateRoutes, ...testExecuteRoutes, ...integrationRoutes];

/** The settings an options object implies (defaults of genesys-api.md §2, §11, §14). */
export function settingsFrom(options: EmulatorOptions): EmulatorSettings {
  return {
    tokenTtlSeconds: options.tokenTtlSeconds ?? 86_400,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 300,
    omitInlineTemplates: options.omitInlineTemplates ?? false,
    versionConflictStatus: options.versionConflictStatus ?? 409,
    allowContractChangeOnPublished: options.allowContractChangeOnPublished ?? true,
    validateOnPublish: options.validateOnPublish ?? true,
  };
}

/** Resolves once the server listens on 127.0.0.1:port, rejects on a listen error (e.g. EADDRINUSE). */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Starts an emulator on 127.0.0.1 (`options.port`, default 0 = a free port). Without options it
 * has one OAuth client (`emulator-client` / `emulator-secret`, all permissions) and two
 * integrations, "Web Services Data Actions" (`custom-rest-actions`) and "Genesys Cloud Data
 * Actions" (`purecloud-data-actions`). Rejects when the port cannot be bound.
 */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const now = options.now ?? Date.now;
  const settings = settingsFrom(options);
  const state: EmulatorState = { integrations: new Map(), actions: new Map(), requests: [] };
  for (const seed of options.integrations ?? DEFAULT_INTEGRATIONS) {
    const integration = makeIntegration(seed);
    state.integrations.set(integration.id, integration);
  }
  const auth = new AuthService(options.clients ?? DEFAULT_CLIENTS, now);
  const limiter = new RateLimiter(now);
  const faults = new FaultInjector();
  const remotes = new RemoteRegistry();
  const dryRun = options.dryRun;
  const server = createServer(
    createListener({
      routes: ROUTES,
      state,
      settings,
      auth,
      limiter,
      faults,
      remotes,
      dryRun: dryRun ? () => Promise.resolve(dryRun) : loadDefaultDryRun,
    }),
  );
  const port = await listen(server, options.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    state,
    settings,
    remotes,
    seed: createSeeder(state, (c) => auth.addClient(c)),
    failNext: (count, spec) => faults.add(count, spec),
    clearFailures: () => faults.clear(),
    revokeTokens: () => auth.revokeAll(),
    resetRateLimits: () => limiter.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
