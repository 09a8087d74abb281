/** The `rules` and `fail-on` inputs (and `--rule` / `--fail-on`, which go through the same parser). */
import { describe, expect, it } from 'vitest';
import { parseConfigInputs, parseRuleSettings } from '../../src/config/index.js';
import { InputError } from '../../src/inputs.js';

describe('parseRuleSettings', () => {
  it('reads id=setting and id: setting, by lines or commas, later entries winning', () => {
    expect(parseRuleSettings('unknown-key=off\n  export-suffix: ERROR # legacy names\n\njson-bom=info, unknown-key=warning')).toEqual({
      'unknown-key': 'warning',
      'export-suffix': 'error',
      'json-bom': 'info',
    });
    expect(parseRuleSettings('')).toEqual({});
  });

  it('refuses unknown ids with a did-you-mean, unconfigurable ids and bad settings', () => {
    expect(() => parseRuleSettings('unknown-keys=off')).toThrow(new InputError('Input "rules": "unknown-keys" is not a rule id; did you mean "unknown-key"?'));
    expect(() => parseRuleSettings('internal-error=off')).toThrow('Input "rules": The rule "internal-error" cannot be configured: it reports a failure of this tool.');
    expect(() => parseRuleSettings('unknown-key=disabled')).toThrow('Input "rules": "unknown-key" must be set to one of error, warning, info, off, not "disabled".');
    expect(() => parseRuleSettings('unknown-key')).toThrow('Input "rules": "unknown-key" is not of the form rule-id=error|warning|info|off.');
  });
});

describe('parseConfigInputs', () => {
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  it('reads config, rules and fail-on', () => {
    expect(parseConfigInputs(get({ config: ' ci/rules.yml ', rules: 'json-bom=off', 'fail-on': 'Warning' }))).toEqual({ configFile: 'ci/rules.yml', ruleSettings: { 'json-bom': 'off' }, failOn: 'warning' });
    expect(parseConfigInputs(get({}))).toEqual({ ruleSettings: {} });
  });
  it('refuses a fail-on outside error, warning, never', () => {
    expect(() => parseConfigInputs(get({ 'fail-on': 'info' }))).toThrow('Input "fail-on" must be one of error, warning, never; got "info".');
  });
});
