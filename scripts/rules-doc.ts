/**
 * `npm run docs:rules`: writes docs/rules.md from the rule catalogue (src/validate/catalogue).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../src/validate/catalogue/index.js';
import { renderRulesDoc } from '../src/validate/catalogue/render-docs.js';

const root = path.resolve(import.meta.dirname, '..');
mkdirSync(path.join(root, 'docs'), { recursive: true });
writeFileSync(path.join(root, 'docs/rules.md'), renderRulesDoc(allRules()));
console.log(`docs/rules.md: ${allRules().length} rules`);
