/**
 * The pure core of rule configuration: settings by rule and path, later overrides winning, the
 * `rules` input winning over the file, suppressions, and what configuration may not change.
 */
import { describe, expect, it } from 'vitest';
import { combineConfiguration, configureFindings, matchesPattern, ruleSetting, type Configuration } from '../../src/config/index.js';
import type { Finding } from '../../src/validate/finding.js';

const finding = (ruleId: string, severity: Finding['severity'], file = 'data-actions/a.json'): Finding => ({ ruleId, severity, message: `${ruleId} here`, file, line: 3, column: 5 });

describe('matchesPattern', () => {
  it('matches globs on repository paths, and a plain folder as everything below it', () => {
    expect(matchesPattern('legacy/a/b.json', 'legacy/**')).toBe(true);
    expect(matchesPattern('data-actions/legacy/b.json', 'legacy/**')).toBe(false);
    expect(matchesPattern('data-actions/x.custom.json', '**/*.custom.json')).toBe(true);
    expect(matchesPattern('data-actions/x.json', '**/*.custom.json')).toBe(false);
    expect(matchesPattern('data-actions/a/x.json', 'data-actions/{a,b}/*.json')).toBe(true);
    expect(matchesPattern('legacy/a/b.json', 'legacy')).toBe(true);
    expect(matchesPattern('legacy/a/b.json', './legacy/')).toBe(true);
    expect(matchesPattern('legacy-2/b.json', 'legacy')).toBe(false);
    expect(matchesPattern('data-actions/a.json', 'data-actions/a.json')).toBe(true);
  });
});

describe('ruleSetting', () => {
  const config: Configuration = {
    rules: { 'unknown-key': 'off', 'export-suffix': 'error' },
    overrides: [
      { files: ['legacy/**'], rules: { 'unknown-key': 'warning', 'json-bom': 'off' } },
      { files: ['legacy/keep/**'], rules: { 'unknown-key': 'info' } },
    ],
  };
  it('takes rules, then every matching override in order', () => {
    expect(ruleSetting(config, 'unknown-key', ['data-actions/a.json'])).toBe('off');
    expect(ruleSetting(config, 'unknown-key', ['legacy/a.json'])).toBe('warning');
    expect(ruleSetting(config, 'unknown-key', ['legacy/keep/a.json'])).toBe('info');
    expect(ruleSetting(config, 'json-bom', ['data-actions/a.json'])).toBeUndefined();
    expect(ruleSetting(config, 'json-bom', ['data-actions/a.fixture.json', 'legacy/a.json'])).toBe('off');
  });

  it('lets the rules input win over the file, overrides included', () => {
    const combined = combineConfiguration(config, { ruleSettings: { 'unknown-key': 'error' }, failOn: 'never' });
    expect(ruleSetting(combined, 'unknown-key', ['legacy/keep/a.json'])).toBe('error');
    expect(ruleSetting(combined, 'export-suffix', ['legacy/a.json'])).toBe('error');
    expect(combined.failOn).toBe('never');
    expect(combineConfiguration({ ...config, failOn: 'warning' }, {}).failOn).toBe('warning');
    expect(combineConfiguration(config, {}).failOn).toBe('error');
  });
});

describe('configureFindings', () => {
  const config: Configuration = { rules: { 'unknown-key': 'off', 'export-suffix': 'error', 'internal-error': 'off' }, overrides: [{ files: ['legacy/**'], rules: { 'accept-header': 'warning' } }] };

  it('drops off rules, changes severities, and keeps the rest as they were', () => {
    const out = configureFindings(config)([finding('unknown-key', 'warning'), finding('export-suffix', 'warning'), finding('json-bom', 'warning'), finding('accept-header', 'error', 'legacy/x.json')]);
    expect(out.dropped.map((f) => f.ruleId)).toEqual(['unknown-key']);
    expect(out.kept.map((f) => [f.ruleId, f.severity])).toEqual([
      ['export-suffix', 'error'],
      ['json-bom', 'warning'],
      ['accept-header', 'warning'],
    ]);
    expect(out.suppressed).toEqual([]);
  });

  it('never changes internal-error or config-invalid, even when a setting names them', () => {
    const out = configureFindings(config)([finding('internal-error', 'error'), finding('config-invalid', 'error', '.genesys-data-actions.yml')]);
    expect(out.kept.map((f) => [f.ruleId, f.severity])).toEqual([
      ['internal-error', 'error'],
      ['config-invalid', 'error'],
    ]);
  });

  it('moves findings a suppression names to suppressed, with the reason and the configured severity', () => {
    const configure = configureFindings(config, { file: 'data-actions/a.json', suppressions: [{ ruleId: 'export-suffix', reason: 'kept for the UI import', pointer: '/suppress/export-suffix' }] });
    const out = configure([finding('export-suffix', 'warning'), finding('json-bom', 'warning')]);
    expect(out.suppressed).toEqual([{ ...finding('export-suffix', 'error'), reason: 'kept for the UI import' }]);
    expect(out.kept.map((f) => f.ruleId)).toEqual(['json-bom']);
  });

  it('applies overrides of the definition to findings in its fixture file', () => {
    const configure = configureFindings({ rules: {}, overrides: [{ files: ['legacy/a.json'], rules: { 'dry-run-failed': 'warning' } }] }, { file: 'legacy/a.json' });
    expect(configure([finding('dry-run-failed', 'error', 'legacy/a.fixture.json')]).kept[0]!.severity).toBe('warning');
  });

  it('leaves errors alone under lockErrors (a file that is not a definition), but configures warnings', () => {
    const configure = configureFindings({ rules: { structure: 'off', 'json-bom': 'off' }, overrides: [] }, { suppressions: [{ ruleId: 'structure', reason: 'x', pointer: '/suppress/structure' }] });
    const out = configure([finding('structure', 'error'), finding('json-bom', 'warning')], { lockErrors: true });
    expect(out.kept.map((f) => [f.ruleId, f.severity])).toEqual([['structure', 'error']]);
    expect(out.dropped.map((f) => f.ruleId)).toEqual(['json-bom']);
    expect(out.suppressed).toEqual([]);
  });

  it('ignores suppressions of rules that cannot be suppressed', () => {
    const configure = configureFindings({ rules: {}, overrides: [] }, { suppressions: [{ ruleId: 'internal-error', reason: 'x', pointer: '/suppress/internal-error' }] });
    expect(configure([finding('internal-error', 'error')]).kept).toHaveLength(1);
  });

  it('does not change the findings it is given', () => {
    const input = [finding('export-suffix', 'warning')];
    configureFindings(config)(input);
    expect(input[0]!.severity).toBe('warning');
  });
});
