import { describe, expect, it } from 'vitest';
import { InputError, parseInputs, splitPatterns } from '../../src/inputs.js';

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies defaults for validate mode', () => {
    expect(parseInputs(getter({}), {})).toEqual({ mode: 'validate', patterns: ['data-actions/**'], comment: 'always', environment: 'default', reportFile: 'genesys-data-actions-report.json', dryRun: 'recorded' });
  });

  it('splits path globs on lines and commas', () => {
    expect(parseInputs(getter({ path: 'a/**\n b/*.json, !b/x.json\n' }), {}).patterns).toEqual(['a/**', 'b/*.json', '!b/x.json']);
  });

  it('falls back to the CX-as-Code environment variables', () => {
    const i = parseInputs(getter({ mode: 'plan' }), { GENESYSCLOUD_OAUTHCLIENT_ID: 'id', GENESYSCLOUD_OAUTHCLIENT_SECRET: 's', GENESYSCLOUD_REGION: 'eu-west-1' });
    expect(i).toMatchObject({ mode: 'plan', clientId: 'id', clientSecret: 's', region: 'eu-west-1' });
  });

  it('prefers inputs over the environment', () => {
    const i = parseInputs(getter({ mode: 'deploy', 'client-id': 'in', 'client-secret': 'sec', 'api-base-url': 'http://127.0.0.1:1' }), { GENESYSCLOUD_OAUTHCLIENT_ID: 'env' });
    expect(i).toMatchObject({ clientId: 'in', apiBaseUrl: 'http://127.0.0.1:1' });
    expect(i.region).toBeUndefined();
  });

  it('names what plan and deploy are missing', () => {
    expect(() => parseInputs(getter({ mode: 'deploy', 'client-id': 'x' }), {})).toThrow(new InputError('Mode "deploy" talks to a Genesys Cloud org and needs client-secret, region (or the GENESYSCLOUD_OAUTHCLIENT_ID / GENESYSCLOUD_OAUTHCLIENT_SECRET / GENESYSCLOUD_REGION environment variables).'));
  });

  it('rejects unknown mode and comment values', () => {
    expect(() => parseInputs(getter({ mode: 'apply' }), {})).toThrow('Input "mode" must be one of validate, plan, deploy; got "apply".');
    expect(() => parseInputs(getter({ comment: 'sometimes' }), {})).toThrow('Input "comment" must be one of always, changes-only, never; got "sometimes".');
  });
});

describe('splitPatterns', () => {
  it('keeps commas inside braces', () => {
    expect(splitPatterns('data-actions/{genesys-cloud,web-services}/*.json, other/**\nthird')).toEqual(['data-actions/{genesys-cloud,web-services}/*.json', 'other/**', 'third']);
  });
});

describe('dry-run input', () => {
  it('accepts recorded and live only', () => {
    expect(parseInputs(getter({ 'dry-run': 'LIVE' }), {}).dryRun).toBe('live');
    expect(() => parseInputs(getter({ 'dry-run': 'real' }), {})).toThrow('Input "dry-run" must be one of recorded, live; got "real".');
  });
});
