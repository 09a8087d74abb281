/**
 * `npm run docs:rules`: writes docs/rules.md and the rule table of README.md from the rule
 * catalogue (src/validate/catalogue).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../src/validate/catalogue/index.js';
import { renderRulesDoc, withReadmeRuleTable } from '../src/validate/catalogue/render-docs.js';

const root = path.resolve(import.meta.dirname, '..');
mkdirSync(path.join(root, 'docs'), { recursive: true });
writeFileSync(path.join(root, 'docs/rules.md'), renderRulesDoc(allRules()));
const readme = path.join(root, 'README.md');
writeFileSync(readme, withReadmeRuleTable(readFileSync(readme, 'utf8'), allRules()));
console.log(`docs/rules.md and README.md: ${allRules().length} rules`);
