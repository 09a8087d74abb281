/**
 * Test helpers: read oracle case files and Genesys export files into the engine's inputs.
 * Case bodies and inputs are read with the engine's JSON parser so that numbers written with a
 * fraction stay Java doubles, as the oracle reads them.
 */
import { readFileSync } from 'node:fs';
import type { Definition } from '../../../src/definitions/types.js';
import { parseJson } from '../../../src/dryrun/json/parse.js';
import type { JsonObject, JsonValue } from '../../../src/dryrun/json/model.js';
import type { DryRunCase, DryRunOptions } from '../../../src/dryrun/types.js';

/** A Genesys UI export (or the `definition` of an oracle case) as a `Definition`. */
export function definitionFromExport(raw: Record<string, unknown>): Definition {
  const config = (raw.config ?? {}) as Record<string, Record<string, unknown>>;
  const request = config.request ?? {};
  const response = config.response ?? {};
  return {
    name: String(raw.name ?? ''),
    integrationType: raw.integrationType as string | undefined,
    actionType: raw.actionType as string | undefined,
    secure: Boolean(raw.secure),
    config: {
      request: { ...request, headers: (request.headers as Record<string, string> | undefined) ?? {} } as Definition['config']['request'],
      response: {
        ...response,
        translationMap: (response.translationMap as Record<string, string> | undefined) ?? {},
        translationMapDefaults: (response.translationMapDefaults as Record<string, string> | undefined) ?? {},
      } as Definition['config']['response'],
    },
    contract: raw.contract as Definition['contract'],
  };
}

/** An oracle case file: definition, test case, options, and the raw JSON. */
export interface OracleCase {
  id: string;
  definition: Definition;
  testCase: DryRunCase;
  options: DryRunOptions;
}

/** Reads an oracle case file (`{definition, input, response, credentials, options}`). */
export function readOracleCase(file: string): OracleCase {
  const text = readFileSync(file, 'utf8');
  const plain = JSON.parse(text) as Record<string, unknown>;
  const model = parseJson(text) as JsonObject;
  const response = (model.response ?? {}) as JsonObject;
  const testCase: DryRunCase = {
    input: (model.input ?? {}) as JsonValue,
    response: {
      ...(response.status !== undefined ? { status: response.status as number } : {}),
      ...(response.body !== undefined ? { body: response.body } : {}),
      ...(typeof response.bodyText === 'string' ? { bodyText: response.bodyText } : {}),
    },
  };
  if (plain.credentials) testCase.credentials = plain.credentials as Record<string, unknown>;
  if (plain.authResponse) testCase.authResponse = plain.authResponse as Record<string, unknown>;
  const options = (plain.options ?? {}) as DryRunOptions;
  return { id: String(plain.id ?? file), definition: definitionFromExport(plain.definition as Record<string, unknown>), testCase, options };
}
