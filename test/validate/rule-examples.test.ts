/**
 * Every rule of the catalogue is documented (docs/rules.md) with a failing and a fixed example,
 * and the examples are real: the failing one produces the rule's finding, the fixed one does
 * not and has no error at all. Rules that need several files, an org or a run name the test
 * that covers them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/definitions/load.js';
import { EXAMPLE_BASE, mergePatch } from '../../src/validate/catalogue/example-base.js';
import { allRules, type RuleExample } from '../../src/validate/catalogue/index.js';
import { renderRulesDoc } from '../../src/validate/catalogue/render-docs.js';
import type { Finding } from '../../src/validate/finding.js';
import { validateDocument } from '../../src/validate/index.js';

const root = path.resolve(import.meta.dirname, '../..');

function findingsOf(e: Exclude<RuleExample, { testedIn: string }>): Finding[] {
  const text = 'patch' in e ? JSON.stringify(mergePatch(EXAMPLE_BASE, e.patch), null, 2) : e.text;
  return validateDocument(loadDocument('example.json', new TextEncoder().encode(text))).findings;
}

describe('the example base', () => {
  it('is a correct definition: no finding at all', () => {
    expect(findingsOf({ patch: {} })).toEqual([]);
  });
});

describe('rule examples', () => {
  for (const rule of allRules()) {
    describe(rule.id, () => {
      it('is documented: description, source, a failing and a fixed example', () => {
        expect(rule.docs, `${rule.id} has no docs`).toBeDefined();
        expect(rule.docs?.description.length).toBeGreaterThan(40);
        expect(rule.docs?.source.length).toBeGreaterThan(5);
      });
      const docs = rule.docs;
      if (!docs) return;
      for (const [kind, e] of [['failing', docs.bad], ['fixed', docs.good]] as const) {
        if ('testedIn' in e) {
          it(`${kind} example: covered by ${e.testedIn}`, () => {
            const file = path.join(root, e.testedIn);
            expect(existsSync(file)).toBe(true);
            expect(readFileSync(file, 'utf8')).toContain(rule.id);
          });
          continue;
        }
        it(`${kind} example ${kind === 'failing' ? 'produces' : 'does not produce'} the finding`, () => {
          const findings = findingsOf(e);
          if (kind === 'failing') {
            const hit = findings.find((f) => f.ruleId === rule.id);
            expect(hit, JSON.stringify(findings)).toBeDefined();
            expect(hit?.severity).toBe(rule.severity);
            expect(hit?.line).toBeGreaterThan(0);
          } else {
            expect(findings.filter((f) => f.ruleId === rule.id || f.severity === 'error')).toEqual([]);
          }
        });
      }
    });
  }
});

describe('docs/rules.md', () => {
  it('is generated from the catalogue (npm run docs:rules)', () => {
    expect(readFileSync(path.join(root, 'docs/rules.md'), 'utf8')).toBe(renderRulesDoc(allRules()));
  });
});
