/**
 * Fixtures: dry-run test cases kept beside a definition in `NAME.fixture.json`.
 *
 * A fixture file holds one case, or `{ "cases": [ case, ... ] }`. A case is
 * `{ name?, input, response: { status?, headers?, body? | bodyText? }, credentials?,
 *    authResponse?, expect?: { output } | { failure: { step, message? } } }` — the same fields as
 * the oracle's case format (../shared/oracle/README.md "Case format") plus `name` and `expect`.
 */
import { Ajv, type ErrorObject } from 'ajv';
import type { Fixture, FixtureExpectation, RecordedResponse } from '../dryrun/types.js';
import type { Finding } from '../validate/finding.js';
import type { SourceMap } from './types.js';
import { findingAt } from '../validate/locate.js';
import { parseJson } from '../dryrun/json/parse.js';
import { loadDocument } from './load.js';

const CASE_KEYS = ['name', 'description', 'input', 'response', 'credentials', 'authResponse', 'expect'];

const CASE_SCHEMA = {
  type: 'object',
  required: ['response'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    input: { type: 'object' },
    response: {
      type: 'object',
      additionalProperties: false,
      properties: {
        status: { type: 'integer', minimum: 100, maximum: 599 },
        headers: { type: 'object', additionalProperties: { type: 'string' } },
        body: {},
        bodyText: { type: 'string' },
      },
    },
    credentials: { type: 'object' },
    authResponse: { type: 'object' },
    expect: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        output: {},
        failure: {
          type: 'object',
          required: ['step'],
          additionalProperties: false,
          properties: { step: { type: 'integer', minimum: 1, maximum: 10 }, message: { type: 'string' } },
        },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
const validateCase = ajv.compile(CASE_SCHEMA);
const validateMulti = ajv.compile({ type: 'object', required: ['cases'], additionalProperties: false, properties: { description: { type: 'string' }, cases: { type: 'array', minItems: 1, items: CASE_SCHEMA } } });

/** The cases of one fixture file, and its problems. */
export interface LoadedFixtures {
  fixtures: Fixture[];
  findings: Finding[];
}

function messageFor(e: ErrorObject, multi: boolean): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the fixture';
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${where} needs "${params.missingProperty as string}".`;
    case 'additionalProperties': {
      const path = e.instancePath;
      const allowed = path.endsWith('/expect')
        ? 'output, failure'
        : path.endsWith('/response')
          ? 'status, headers, body, bodyText'
          : path.endsWith('/failure')
            ? 'step, message'
            : path === '' && e.schemaPath === '#/additionalProperties' && multi
              ? 'description, cases'
              : CASE_KEYS.join(', ');
      return `${where} has an unknown key "${params.additionalProperty as string}" (allowed: ${allowed}).`;
    }
    case 'minProperties':
    case 'maxProperties':
      return `${where} must have exactly one of "output" or "failure".`;
    case 'type':
      return `${where} must be ${params.type === 'object' ? 'an object' : `of type ${params.type as string}`}.`;
    default:
      return `${where} ${e.message ?? 'is invalid'}.`;
  }
}

/**
 * Re-reads a value of the fixture file from its text with the dry run's JSON reader, so that
 * numbers keep their Java type as Genesys would read them: `150.0` stays a double (rendered
 * `150.0`), integers beyond 2^53 keep every digit (genesys-runtime.md §5.3). Falls back to the
 * location-aware parser's value when the text is not strict JSON (e.g. a trailing comma).
 */
function exactReader(bytes: Uint8Array | Error, map: SourceMap): (pointer: string, fallback: unknown) => unknown {
  if (bytes instanceof Error) return (_p, fallback) => fallback;
  let text = new TextDecoder().decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return (pointer, fallback) => {
    const range = map.value(pointer);
    if (!range) return fallback;
    try {
      return parseJson(text.slice(range.offset, range.offset + range.length));
    } catch {
      return fallback;
    }
  };
}

/**
 * Reads the cases of a fixture file. A malformed file yields one `fixture-invalid` finding per
 * problem and no cases; the definition itself is still validated and deployed on its own merits.
 */
export function loadFixtures(file: string, bytes: Uint8Array | Error): LoadedFixtures {
  const loaded = loadDocument(file, bytes);
  const findings = loaded.findings.map((f) => (f.severity === 'error' ? { ...f, ruleId: 'fixture-invalid', message: `Fixture: ${f.message}` } : f));
  const source = loaded.source;
  if (!source?.ok || findings.some((f) => f.severity === 'error')) return { fixtures: [], findings };
  const isMulti = typeof source.value === 'object' && source.value !== null && !Array.isArray(source.value) && 'cases' in source.value;
  const validate = isMulti ? validateMulti : validateCase;
  if (!validate(source.value)) {
    for (const e of validate.errors ?? []) {
      findings.push(findingAt('fixture-invalid', file, source.map, { pointer: e.instancePath }, messageFor(e, isMulti), { hint: 'See "Fixtures" in the README for the case format.' }));
    }
    return { fixtures: [], findings };
  }
  const doc = source.value as unknown as Record<string, unknown>;
  const cases = Array.isArray(doc.cases) ? (doc.cases as Record<string, unknown>[]) : [doc];
  const pointerOf = (i: number) => (Array.isArray(doc.cases) ? `/cases/${i}` : '');
  const exact = exactReader(bytes, source.map);
  const fixtures = cases.map((c, i): Fixture => {
    const response = c.response as RecordedResponse;
    const fixture: Fixture = {
      name: typeof c.name === 'string' ? c.name : cases.length === 1 ? 'default' : `case ${i + 1}`,
      file,
      pointer: pointerOf(i),
      input: c.input === undefined ? {} : exact(`${pointerOf(i)}/input`, c.input),
      response: response.body === undefined ? response : { ...response, body: exact(`${pointerOf(i)}/response/body`, response.body) },
    };
    if (c.credentials) fixture.credentials = c.credentials as Record<string, unknown>;
    if (c.authResponse) fixture.authResponse = c.authResponse as Record<string, unknown>;
    if (c.expect) {
      const expectation = c.expect as FixtureExpectation;
      fixture.expect = 'output' in expectation ? { ...expectation, output: exact(`${pointerOf(i)}/expect/output`, expectation.output) } : expectation;
    }
    return fixture;
  });
  const names = new Set<string>();
  fixtures.forEach((f, i) => {
    if (names.has(f.name)) {
      findings.push(findingAt('fixture-invalid', file, source.map, { pointer: `${pointerOf(i)}/name` }, `Two cases are named "${f.name}".`, { hint: 'Give each case a unique name.' }));
    }
    names.add(f.name);
  });
  return { fixtures, findings };
}
