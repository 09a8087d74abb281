/**
 * The config file: YAML → configuration, and a located `config-invalid` finding for every part
 * that cannot be used (positions counted by hand in the YAML text of each test).
 */
import { describe, expect, it } from 'vitest';
import { parseConfiguration } from '../../src/config/parse.js';

const FILE = '.genesys-data-actions.yml';

describe('parseConfiguration', () => {
  it('reads rules, overrides and fail-on', () => {
    const text = ['rules:', '  unknown-key: off', '  optional-input-unguarded: error', 'overrides:', '  - files: ["legacy/**"]', '    rules: { url-input-unencoded: off }', 'fail-on: warning', ''].join('\n');
    const { configuration, findings } = parseConfiguration(FILE, text);
    expect(findings).toEqual([]);
    expect(configuration).toEqual({
      rules: { 'unknown-key': 'off', 'optional-input-unguarded': 'error' },
      // `"legacy/**"` starts at line 5, column 13
      overrides: [{ files: ['legacy/**'], rules: { 'url-input-unencoded': 'off' }, filesAt: [{ line: 5, column: 13 }] }],
      failOn: 'warning',
    });
  });

  it('treats an empty file as an empty configuration', () => {
    expect(parseConfiguration(FILE, '')).toEqual({ configuration: { rules: {}, overrides: [] }, findings: [] });
    expect(parseConfiguration(FILE, '# nothing yet\n')).toEqual({ configuration: { rules: {}, overrides: [] }, findings: [] });
  });

  it('reports a misspelt rule id at its line and column, with a did-you-mean, and keeps the valid rest', () => {
    const text = 'rules:\n  unknown-keys: off\n  export-suffix: info\n';
    const { configuration, findings } = parseConfiguration(FILE, text);
    expect(configuration.rules).toEqual({ 'export-suffix': 'info' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'config-invalid', severity: 'error', file: FILE, line: 2, column: 3, endLine: 2, endColumn: 15 });
    expect(findings[0]!.message).toBe('"rules": "unknown-keys" is not a rule id; did you mean "unknown-key"?');
  });

  it('reports a bad setting at the value', () => {
    const text = 'rules:\n  unknown-key: of\n  json-bom: Error\n';
    const { configuration, findings } = parseConfiguration(FILE, text);
    // "Error" is accepted in any letter case; "of" is not a setting.
    expect(configuration.rules).toEqual({ 'json-bom': 'error' });
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([[2, 16, '"rules": "unknown-key" must be set to one of error, warning, info, off, not "of".']]);
  });

  it('refuses to configure the rules no setting may change, saying why', () => {
    const text = 'rules:\n  internal-error: off\n  config-invalid: warning\n  structure: info\n  duplicate-name: warning\n  unknown-key: off\n';
    const { configuration, findings } = parseConfiguration(FILE, text);
    expect(configuration.rules).toEqual({ 'unknown-key': 'off' });
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [2, 3, '"rules": The rule "internal-error" cannot be configured: it reports a failure of this tool.'],
      [3, 3, '"rules": The rule "config-invalid" cannot be configured: it reports a problem of the configuration itself.'],
      [4, 3, '"rules": The rule "structure" cannot be configured: its error means the file cannot be read as a definition.'],
      [5, 3, '"rules": The rule "duplicate-name" cannot be configured: its error means the definition cannot be deployed; a lower setting would only skip it silently.'],
    ]);
  });

  it('reports unknown keys at every level and a bad fail-on', () => {
    const text = ['rule:', '  unknown-key: off', 'overrides:', '  - files: legacy', '    rule: { json-bom: off }', 'fail-on: warnings', ''].join('\n');
    const { configuration, findings } = parseConfiguration(FILE, text);
    expect(configuration).toEqual({ rules: {}, overrides: [] });
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [1, 1],
      [5, 5],
      [4, 5],
      [6, 10],
    ]);
    expect(findings[0]!.message).toBe('Unknown key "rule"; the config file has "rules", "overrides", "fail-on".');
    expect(findings[1]!.message).toBe('overrides[0]: unknown key "rule"; an override has "files" and "rules".');
    expect(findings[2]!.message).toBe('overrides[0] has no "rules".');
    expect(findings[3]!.message).toBe('"fail-on" must be one of error, warning, never, not "warnings".');
  });

  it('accepts a single glob for files and refuses negated globs', () => {
    const text = ['overrides:', '  - files: "legacy/**"', '    rules: { export-suffix: off }', '  - files: ["!legacy/**", "old/*.json"]', '    rules: { json-bom: off }', ''].join('\n');
    const { configuration, findings } = parseConfiguration(FILE, text);
    expect(configuration.overrides).toEqual([
      { files: ['legacy/**'], rules: { 'export-suffix': 'off' }, filesAt: [{ line: 2, column: 12 }] },
      { files: ['old/*.json'], rules: { 'json-bom': 'off' }, filesAt: [{ line: 4, column: 27 }] },
    ]);
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([[4, 13, 'overrides[1]: negated globs ("!legacy/**") are not supported in "files"; list the paths the entry applies to.']]);
  });

  it('reports YAML syntax errors and duplicate keys at their place', () => {
    const dup = parseConfiguration(FILE, 'rules:\n  json-bom: off\n  json-bom: error\n');
    expect(dup.findings).toHaveLength(1);
    expect(dup.findings[0]).toMatchObject({ ruleId: 'config-invalid', line: 3, column: 3 });
    expect(dup.findings[0]!.message).toMatch(/^The YAML does not parse: Map keys must be unique/);

    const broken = parseConfiguration(FILE, 'rules: [unknown-key\n');
    expect(broken.findings[0]).toMatchObject({ ruleId: 'config-invalid', line: 2, column: 1 });
    expect(broken.findings[0]!.message).toMatch(/^The YAML does not parse: /);
  });

  it('reports a config file that is not a mapping', () => {
    const { configuration, findings } = parseConfiguration(FILE, '- unknown-key: off\n');
    expect(configuration).toEqual({ rules: {}, overrides: [] });
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([[1, 1, 'The config file must be a mapping with "rules", "overrides", "fail-on", not a list.']]);
  });

  it('reads off as a string (YAML 1.2), not as false', () => {
    const { configuration, findings } = parseConfiguration(FILE, 'rules:\n  json-bom: off\n  export-suffix: false\n');
    expect(configuration.rules).toEqual({ 'json-bom': 'off' });
    expect(findings.map((f) => f.message)).toEqual(['"rules": "export-suffix" must be set to one of error, warning, info, off, not false.']);
  });

  it('lists at most 50 problems of one file and counts the rest', () => {
    const text = 'rules:\n' + Array.from({ length: 120 }, (_, i) => `  not-a-rule-${i}: off\n`).join('');
    const { findings } = parseConfiguration(FILE, text);
    expect(findings).toHaveLength(51);
    expect(findings[49]).toMatchObject({ line: 51, column: 3 });
    expect(findings[50]).toMatchObject({ ruleId: 'config-invalid', line: 1, column: 1, message: '70 more problems in this file are not listed.' });
  });
});
