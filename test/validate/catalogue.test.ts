import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/validate/catalogue/index.js';

describe('rule catalogue', () => {
  it('documents every rule in the README rules table with its default severity', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const table = new Map([...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]));
    for (const rule of allRules()) expect(table.get(rule.id), rule.id).toBe(rule.severity);
    expect([...table.keys()].sort()).toEqual(allRules().map((r) => r.id).sort());
  });
});
