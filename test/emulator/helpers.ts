/**
 * Test helpers: a started emulator, an axios client that never throws on status, corpus fixtures.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import axios, { type AxiosInstance } from 'axios';
import { createEmulator, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, type Emulator, type EmulatorOptions } from '../../emulator/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Real corpus exports copied into fixtures/. */
export const FIXTURE_FILES = {
  getInteractionState: 'automated-callback__Get-interaction-state.custom.json',
  disconnectVoiceCall: 'terminate-voice-calls-with-no-queue__Disconnect-Voice-Call.custom.json',
  shortenLink: 'limitless-flows__Limitless---Shorten-Link-v1-2021062184350.custom.json',
} as const;

/** A corpus export as parsed JSON. */
export type ExportJson = {
  name: string;
  integrationType: string;
  config: Record<string, any>;
  contract: Record<string, any>;
  secure: boolean;
};

/** Reads a fixture file as JSON. */
export function fixture<T = ExportJson>(file: string): T {
  return JSON.parse(readFileSync(FIXTURES + file, 'utf8')) as T;
}

/** A PostActionInput built from an export the way genesys-api.md §9 describes an API import. */
export function postBody(exp: ExportJson, integrationId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: exp.name,
    category: 'Emulator Tests',
    integrationId,
    secure: exp.secure,
    config: structuredClone(exp.config),
    contract: structuredClone(exp.contract),
    ...overrides,
  };
}

/** An axios instance on the emulator that resolves for every status. */
export function rawClient(emulator: Emulator): AxiosInstance {
  return axios.create({ baseURL: emulator.url, validateStatus: () => true, proxy: false });
}

/** Logs in with client credentials; returns the access token. */
export async function login(emulator: Emulator, id = DEFAULT_CLIENT_ID, secret = DEFAULT_CLIENT_SECRET): Promise<string> {
  const res = await rawClient(emulator).post('/oauth/token', 'grant_type=client_credentials', {
    auth: { username: id, password: secret },
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return res.data.access_token as string;
}

/** An emulator plus an authenticated axios client. */
export interface Harness {
  emulator: Emulator;
  api: AxiosInstance;
  /** Id of the seeded integration of a type. */
  integrationId(type: 'custom-rest-actions' | 'purecloud-data-actions'): string;
}

/** Starts an emulator and logs in with the default client. */
export async function start(options: EmulatorOptions = {}): Promise<Harness> {
  const emulator = await createEmulator(options);
  const token = await login(emulator);
  const api = axios.create({
    baseURL: emulator.url,
    validateStatus: () => true,
    proxy: false,
    headers: { Authorization: `Bearer ${token}` },
  });
  return {
    emulator,
    api,
    integrationId(type) {
      const i = [...emulator.state.integrations.values()].find((x) => x.integrationType.id === type);
      if (!i) throw new Error(`no integration of type ${type}`);
      return i.id;
    },
  };
}

/** The actions base path. */
export const ACTIONS = '/api/v2/integrations/actions';
