import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/validate/catalogue/index.js';
import { withReadmeRuleTable } from '../../src/validate/catalogue/render-docs.js';

describe('rule catalogue', () => {
  it('has unique kebab-case ids, one-line summaries ending with a full stop', () => {
    const ids = allRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allRules()) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.summary).toMatch(/\.$/);
      expect(r.summary).not.toContain('\n');
    }
  });
  it('lists every rule in the README rules table with its default severity (npm run docs:rules)', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    expect(readme).toBe(withReadmeRuleTable(readme, allRules()));
    const table = new Map([...readme.matchAll(/^\| \[`([a-z-]+)`\]\(docs\/rules\.md#\1\) \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]));
    for (const rule of allRules()) expect(table.get(rule.id), rule.id).toBe(rule.severity);
  });
});
