import { EXAMPLE_BASE } from './example-base.js';
import type { RuleExample, RuleFamily, RuleInfo } from './types.js';

const FAMILY_TITLES: Record<RuleFamily, string> = {
  files: 'Files',
  structure: 'Structure and API limits',
  contracts: 'Contracts',
  templates: 'Templates',
  'translation-map': 'Translation map',
  types: 'Types',
  repository: 'Repository',
  org: 'Org (checked while planning)',
  'dry-run': 'Dry run',
  configuration: 'Configuration',
  tool: 'Tool',
};

const FAMILY_ORDER: RuleFamily[] = ['files', 'structure', 'contracts', 'templates', 'translation-map', 'types', 'repository', 'org', 'dry-run', 'configuration', 'tool'];

function example(label: string, e: RuleExample): string {
  const lines = [`**${label}**${e.note ? ` — ${e.note}` : ''}`, ''];
  if ('patch' in e) lines.push('```json', JSON.stringify(e.patch, null, 2), '```');
  else if ('text' in e) lines.push('```json', e.text, '```');
  else lines.push(`(covered by \`${e.testedIn}\`)`);
  return lines.join('\n');
}

function ruleSection(r: RuleInfo): string {
  const out = [`### \`${r.id}\``, '', `Default severity: **${r.severity}**. ${r.summary}`, ''];
  if (r.docs) {
    out.push(r.docs.description, '', example('Fails', r.docs.bad), '', example('Fixed', r.docs.good), '', `Source: ${r.docs.source}`, '');
  }
  return out.join('\n');
}

/**
 * The Markdown of docs/rules.md, generated from the catalogue (`npm run docs:rules` writes it;
 * test/validate/rule-docs.test.ts checks that the committed file is up to date).
 * @param rules the catalogue, in order.
 */
export function renderRulesDoc(rules: readonly RuleInfo[]): string {
  const parts = [
    '# Validation rules',
    '',
    '<!-- Generated from src/validate/catalogue by `npm run docs:rules`; do not edit by hand. -->',
    '',
    'Every finding names one of these rules, with the file, line and column it concerns (inside',
    'template strings too) and, where there is a clear fix, a hint. Severities: **error** blocks the',
    'deployment of that definition and fails the run; **warning** and **info** are reported only.',
    'The `fail-on` input, a config file and the `rules` input change that; a definition can',
    'suppress a rule for itself (README "Configuring rules").',
    '',
    `${rules.length} rules:`,
    '',
    '| rule | severity | family | catches |',
    '|---|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.family} | ${r.summary.replace(/\|/g, '\\|')} |`),
    '',
    '## Examples',
    '',
    'Examples show a change to this correct definition (a JSON merge patch, RFC 7386: `null`',
    'removes a key), or a whole file. The failing example produces the rule\'s finding, the fixed',
    'one does not (`test/validate/rule-examples.test.ts` runs them all).',
    '',
    '```json',
    JSON.stringify(EXAMPLE_BASE, null, 2),
    '```',
    '',
  ];
  for (const family of FAMILY_ORDER) {
    const members = rules.filter((r) => r.family === family);
    if (members.length === 0) continue;
    parts.push(`## ${FAMILY_TITLES[family]}`, '', ...members.map(ruleSection));
  }
  return `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
