/** Builds a client pointed at a FakeServer, with sleeps and masked secrets recorded. */
import { createGenesysClient, type GenesysClient } from '../../../src/genesys/client.js';
import type { FakeServer } from './fake-server.js';

export const CLIENT_ID = 'client-a';
export const CLIENT_SECRET = 's3cr3t-value-123';

export interface TestClient {
  client: GenesysClient;
  /** Every requested sleep, in ms. */
  sleeps: number[];
  /** Every value passed to onSecret. */
  secrets: string[];
}

export function testClient(server: FakeServer, options: { now?: () => number } = {}): TestClient {
  const sleeps: number[] = [];
  const secrets: string[] = [];
  const client = createGenesysClient({
    apiBaseUrl: server.url,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    onSecret: (value) => secrets.push(value),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: options.now,
  });
  return { client, sleeps, secrets };
}
