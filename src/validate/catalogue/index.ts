/**
 * The rule catalogue: every finding's `ruleId` is listed here with its default severity, family,
 * one-line summary and documentation (docs/rules.md is generated from it: `npm run docs:rules`).
 */
import { FILE_RULES } from './files.js';
import { STRUCTURE_RULES } from './structure.js';
import { CONTRACT_RULES } from './contracts.js';
import { TEMPLATE_RULES } from './templates.js';
import { TRANSLATION_MAP_RULES } from './translation-map.js';
import { TYPE_RULES } from './type-flow.js';
import { SUCCESS_TEMPLATE_RULES } from './success-template.js';
import { CONFIGURATION_RULES } from './configuration.js';
import { REPOSITORY_RULES } from './repository.js';
import { ORG_RULES } from './org.js';
import { DRY_RUN_RULES } from './dry-run.js';
import { TOOL_RULES } from './tool.js';
import type { RuleInfo } from './types.js';

export type { RuleDocs, RuleExample, RuleFamily, RuleInfo } from './types.js';

const RULES: RuleInfo[] = [...FILE_RULES, ...STRUCTURE_RULES, ...CONTRACT_RULES, ...TEMPLATE_RULES, ...SUCCESS_TEMPLATE_RULES, ...TRANSLATION_MAP_RULES, ...TYPE_RULES, ...REPOSITORY_RULES, ...ORG_RULES, ...DRY_RUN_RULES, ...CONFIGURATION_RULES, ...TOOL_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** All rules, in catalogue order (by family). */
export function allRules(): readonly RuleInfo[] {
  return RULES;
}

/** The rule with this id; throws for an unknown id (a programming error). */
export function rule(id: string): RuleInfo {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`Unknown rule id: ${id}`);
  return r;
}

/** True when `id` names a rule of the catalogue. */
export function isRuleId(id: string): boolean {
  return BY_ID.has(id);
}
