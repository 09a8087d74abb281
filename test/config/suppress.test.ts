/**
 * Inline suppressions: `"suppress": {"<rule-id>": "<reason>"}` read from a definition file, with a
 * `suppression-invalid` finding at the key of every unusable entry (positions counted by hand).
 */
import { describe, expect, it } from 'vitest';
import { readSuppressions, unusedSuppressions } from '../../src/config/index.js';
import { loadDocument } from '../../src/definitions/load.js';

function load(text: string) {
  const loaded = loadDocument('data-actions/order.json', new TextEncoder().encode(text));
  return { doc: loaded.source!.value, map: loaded.source!.map };
}

const TEXT = [
  '{',
  '  "name": "Get Order Status",',
  '  "suppress": {',
  '    "export-suffix": "the name keeps the suffix the UI import expects",',
  '    "url-input-unencoded": "  ",',
  '    "unknown-keys": "typo",',
  '    "internal-error": "not allowed",',
  '    "json-syntax": "not allowed either"',
  '  }',
  '}',
].join('\n');

describe('readSuppressions', () => {
  it('keeps entries with a known rule id and a reason, and reports the others at their key', () => {
    const { doc, map } = load(TEXT);
    const read = readSuppressions('data-actions/order.json', doc, map);
    expect(read.suppressions).toEqual([{ ruleId: 'export-suffix', reason: 'the name keeps the suffix the UI import expects', pointer: '/suppress/export-suffix' }]);
    expect(read.findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.message])).toEqual([
      ['suppression-invalid', 'warning', 5, 5, 'The suppression of "url-input-unencoded" gives no reason, so it is ignored.'],
      ['suppression-invalid', 'warning', 6, 5, '"unknown-keys" is not a rule id; did you mean "unknown-key"? This suppression is ignored.'],
      ['suppression-invalid', 'warning', 7, 5, 'The rule "internal-error" cannot be suppressed inline: it reports a failure of this tool. This suppression is ignored.'],
      ['suppression-invalid', 'warning', 8, 5, 'The rule "json-syntax" cannot be suppressed inline: its error means the file cannot be read as a definition. This suppression is ignored.'],
    ]);
    // The key "url-input-unencoded" with its quotes spans columns 5–25.
    expect(read.findings[0]).toMatchObject({ endLine: 5, endColumn: 26, pointer: '/suppress/url-input-unencoded' });
  });

  it('refuses gates a definition must not open for itself: its fixtures, a duplicate name', () => {
    const { doc, map } = load('{\n  "name": "x",\n  "suppress": {\n    "dry-run-failed": "flaky",\n    "duplicate-name": "on purpose"\n  }\n}');
    const read = readSuppressions('data-actions/order.json', doc, map);
    expect(read.suppressions).toEqual([]);
    expect(read.findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [4, 5, 'The rule "dry-run-failed" cannot be suppressed inline: a definition cannot waive its own fixtures (the config file can lower dry-run-failed). This suppression is ignored.'],
      [5, 5, 'The rule "duplicate-name" cannot be suppressed inline: its error means the definition cannot be deployed; a lower setting would only skip it silently. This suppression is ignored.'],
    ]);
  });

  it('reports a suppress that is not an object at its value', () => {
    const { doc, map } = load('{\n  "name": "x",\n  "suppress": ["export-suffix"]\n}');
    const read = readSuppressions('data-actions/order.json', doc, map);
    expect(read.suppressions).toEqual([]);
    expect(read.findings.map((f) => [f.line, f.column, f.message])).toEqual([[3, 15, '"suppress" must be an object of rule ids and reasons, not an array.']]);
  });

  it('reads at most 100 entries', () => {
    const entries = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`no-rule-${i}`, 'x']));
    const { doc, map } = load(JSON.stringify({ name: 'x', suppress: entries }, null, 2));
    const read = readSuppressions('data-actions/order.json', doc, map);
    expect(read.findings).toHaveLength(101);
    expect(read.findings[0]).toMatchObject({ line: 3, column: 3, message: '"suppress" has 150 entries; only the first 100 are read.' });
  });

  it('finds nothing in a file without suppress, or that is not an object', () => {
    expect(readSuppressions('a.json', { name: 'x' }, undefined)).toEqual({ suppressions: [], findings: [] });
    expect(readSuppressions('a.json', [1], undefined)).toEqual({ suppressions: [], findings: [] });
  });
});

describe('unusedSuppressions', () => {
  it('names, at its key, each suppression that matched nothing and that could have', () => {
    const text = '{\n  "name": "x",\n  "suppress": {\n    "export-suffix": "a",\n    "target-integration": "b",\n    "json-bom": "c"\n  }\n}';
    const { doc, map } = load(text);
    const { suppressions } = readSuppressions('data-actions/order.json', doc, map);
    const unused = unusedSuppressions('data-actions/order.json', map, suppressions, new Set(['json-bom']), (id) => id === 'target-integration');
    expect(unused.map((f) => [f.ruleId, f.severity, f.line, f.column, f.message])).toEqual([
      ['suppression-unused', 'info', 4, 5, 'The suppression of "export-suffix" matched no finding of this definition in this run.'],
    ]);
  });
});
