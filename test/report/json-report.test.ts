import { describe, expect, it } from 'vitest';
import { JSON_REPORT_SCHEMA_VERSION, toJsonReport } from '../../src/report/json-report.js';
import { redactDeep, redactString } from '../../src/report/redact.js';
import { ZOOM_CREDENTIALS, realisticReport } from './fixtures/run-report.js';

const ctx = {
  runUrl: 'https://github.com/acme/cx-data-actions/actions/runs/4242',
  repository: 'acme/cx-data-actions',
  sha: '0123456789abcdef0123456789abcdef01234567',
  environment: 'prod',
  version: '0.1.0',
  redact: Object.values(ZOOM_CREDENTIALS),
};

/** The Basic credential the oracle rendered from the zoom fixture credentials (step 6). */
const BASIC = 'em9vbUNsaWVudElkNzpzM2NyM3QtWm9vbS1WYWx1ZQ==';
const TOKEN = 'eyJhbGciOiJIUzUxMiJ9.fake-token-value';

describe('toJsonReport', () => {
  it('is a versioned document with every top-level key, in a fixed order', () => {
    const doc = toJsonReport(realisticReport(), ctx);
    expect(Object.keys(doc)).toEqual([
      'schemaVersion', 'tool', 'mode', 'result', 'failureReason', 'hasChanges', 'environment', 'region', 'repository',
      'sha', 'runUrl', 'startedAt', 'durationMs', 'counts', 'actions', 'findings', 'orphans', 'errors', 'notices',
    ]);
    expect(doc.schemaVersion).toBe(JSON_REPORT_SCHEMA_VERSION);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tool).toEqual({ name: 'genesys-data-actions', version: '0.1.0' });
    expect(doc).toMatchObject({
      mode: 'deploy',
      result: 'failure',
      failureReason: 'publish-failed',
      hasChanges: true,
      environment: 'prod',
      region: 'mypurecloud.de',
      counts: { validated: 3, created: 1, updated: 0, unchanged: 1, failed: 1 },
      orphans: [{ name: 'Get Weather (old)', actionId: 'custom_-_55aa0c31', integrationName: 'Web Services Data Actions' }],
    });
    expect(doc.actions.map((a) => a.name)).toEqual([
      'Disconnect Interaction',
      'Brian - Add contact to contact list',
      'ZoomServerToServerOAuth_UserPresenceUpdates',
    ]);
    expect(doc.findings[0]).toMatchObject({ ruleId: 'velocity-input-case', line: 7, column: 60 });
  });

  it('uses null for unknown context values', () => {
    const doc = toJsonReport({ ...realisticReport(), region: undefined, failureReason: undefined }, {});
    expect(doc).toMatchObject({ tool: { version: null }, environment: null, region: null, repository: null, sha: null, runUrl: null, failureReason: null });
  });

  it('redacts credentials and Authorization values from the oracle trace of a custom-auth action', () => {
    const report = realisticReport();
    const doc = toJsonReport(report, ctx);
    const ops = doc.actions[2]!.cases[0]!.trace.operations;
    expect(ops[3]!.result).toEqual({ performed: false, credentials: ['loginUrl', 'clientId', 'clientSecret'] });
    expect(ops[4]!.result).toBe('***');
    expect(ops[5]!.result).toEqual({ Authorization: '***', 'Content-Type': 'application/json', grant_type: 'client_credentials' });
    expect(ops[7]!.result).toEqual({ status: 200, rawResult: '{"access_token":"***","token_type":"bearer","expires_in":3599}' });
    expect(ops[9]!.result).toBe('{"access_token":"***","token_type":"bearer","expires_in":3599}');
    expect(doc.actions[2]!.cases[0]!.trace.finalResult).toEqual({ access_token: '***', token_type: 'bearer', expires_in: 3599 });
    const text = JSON.stringify(doc);
    for (const secret of [BASIC, TOKEN, ...Object.values(ZOOM_CREDENTIALS)]) expect(text).not.toContain(secret);
    // The input report is left as it was.
    expect(JSON.stringify(report)).toContain(BASIC);
  });

  it('redacts fixture credential values wherever they appear, even without ctx.redact', () => {
    const report = realisticReport();
    report.actions[0]!.cases = [
      {
        name: 'with credentials',
        file: 'data-actions/x.fixtures.json',
        passed: false,
        trace: {
          success: false,
          operations: [
            { step: 4, name: 'Perform authentication', success: true, result: { credentials: { clientId: 'abc', clientSecret: 'xyz', port: 8443 } } },
            { step: 6, name: 'Resolve request header templates', success: true, result: { 'x-api-key': 'k-123', Cookie: 'sid=1', authorization: 'Bearer q' } },
          ],
        },
      },
    ];
    const ops = toJsonReport(report, {}).actions[0]!.cases[0]!.trace.operations;
    expect(ops[0]!.result).toEqual({ credentials: { clientId: '***', clientSecret: '***', port: '***' } });
    expect(ops[1]!.result).toEqual({ 'x-api-key': '***', Cookie: '***', authorization: '***' });
  });
});

describe('redactString', () => {
  it('replaces Bearer and Basic credentials but keeps prose and templates', () => {
    expect(redactString('Authorization: Bearer abc.DEF-123456')).toBe('Authorization: Bearer ***');
    expect(redactString(`Basic ${BASIC} sent`)).toBe('Basic *** sent');
    expect(redactString('Basic authentication failed')).toBe('Basic authentication failed');
    expect(redactString('Bearer ${authResponse.access_token}')).toBe('Bearer ${authResponse.access_token}');
  });

  it('replaces literal secrets, longest first, and ignores values shorter than 4 characters', () => {
    expect(redactString('id=abc secret=abcdef', ['abc', 'abcdef'])).toBe('id=abc secret=***');
    expect(redactString('k=abcd; abcdefgh', ['abcd', 'abcdefgh'])).toBe('k=***; ***');
  });

  it('replaces token members inside JSON text', () => {
    expect(redactString('{"refresh_token": "r\\"1", "client_secret":"s", "name":"n"}')).toBe(
      '{"refresh_token": "***", "client_secret":"***", "name":"n"}',
    );
  });
});

describe('redactDeep', () => {
  it('keeps structure and nulls under secret members', () => {
    expect(redactDeep({ authResponse: { access_token: 't', nested: [1, null] }, keep: 'v' })).toEqual({
      authResponse: { access_token: '***', nested: ['***', null] },
      keep: 'v',
    });
  });
});
