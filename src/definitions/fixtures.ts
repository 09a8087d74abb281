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
import { findingAt } from '../validate/locate.js';
import { loadDocument } from './load.js';

const CASE_SCHEMA = {
  type: 'object',
  required: ['response'],
  properties: {
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    input: { type: 'object' },
    response: {
      type: 'object',
      properties: {
        status: { type: 'integer', minimum: 100, maximum: 599 },
        headers: { type: 'object', additionalProperties: { type: 'string' } },
        bodyText: { type: 'string' },
      },
    },
    credentials: { type: 'object' },
    authResponse: { type: 'object' },
    expect: {
      type: 'object',
      oneOf: [
        { required: ['output'], not: { required: ['failure'] } },
        {
          required: ['failure'],
          not: { required: ['output'] },
          properties: {
            failure: {
              type: 'object',
              required: ['step'],
              properties: { step: { type: 'integer', minimum: 1, maximum: 10 }, message: { type: 'string' } },
            },
          },
        },
      ],
    },
  },
} as const;

const FILE_SCHEMA = {
  oneOf: [{ type: 'object', required: ['cases'], properties: { cases: { type: 'array', minItems: 1, items: CASE_SCHEMA } } }, CASE_SCHEMA],
} as const;

const validateFile = new Ajv({ allErrors: true, strict: false }).compile(FILE_SCHEMA);

/** The cases of one fixture file, and its problems. */
export interface LoadedFixtures {
  fixtures: Fixture[];
  findings: Finding[];
}

function messageFor(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the fixture';
  if (e.keyword === 'required') return `${where} needs "${(e.params as { missingProperty: string }).missingProperty}".`;
  if (e.keyword === 'oneOf' && e.instancePath.endsWith('/expect')) return `${where} must have either "output" or "failure", not both.`;
  return `${where} ${e.message ?? 'is invalid'}.`;
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
  if (!validateFile(source.value)) {
    // With oneOf at the top, report the errors of the branch the document was meant for.
    const isMulti = typeof source.value === 'object' && source.value !== null && 'cases' in source.value;
    const relevant = (validateFile.errors ?? []).filter((e) => e.keyword !== 'oneOf' || e.instancePath !== '').filter((e) => (isMulti ? e.schemaPath.startsWith('#/oneOf/0') : e.schemaPath.startsWith('#/oneOf/1')));
    for (const e of relevant.length ? relevant : (validateFile.errors ?? [])) {
      findings.push(findingAt('fixture-invalid', file, source.map, { pointer: e.instancePath }, messageFor(e), { hint: 'See "Fixtures" in the README for the case format.' }));
    }
    return { fixtures: [], findings };
  }
  const doc = source.value as Record<string, unknown>;
  const cases = Array.isArray(doc.cases) ? (doc.cases as Record<string, unknown>[]) : [doc];
  const pointerOf = (i: number) => (Array.isArray(doc.cases) ? `/cases/${i}` : '');
  const fixtures = cases.map((c, i): Fixture => {
    const fixture: Fixture = {
      name: typeof c.name === 'string' ? c.name : cases.length === 1 ? 'default' : `case ${i + 1}`,
      file,
      pointer: pointerOf(i),
      input: c.input ?? {},
      response: c.response as RecordedResponse,
    };
    if (c.credentials) fixture.credentials = c.credentials as Record<string, unknown>;
    if (c.authResponse) fixture.authResponse = c.authResponse as Record<string, unknown>;
    if (c.expect) fixture.expect = c.expect as FixtureExpectation;
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
