/**
 * Which rules configuration may change, and the severity arithmetic of `fail-on`. Pure.
 */
import { allRules, isRuleId } from '../validate/catalogue/index.js';
import type { Severity } from '../validate/finding.js';
import { editDistance } from '../validate/rules/unknown-keys.js';
import type { FailOn, RuleSetting } from './types.js';

/** The values a rule can be set to, in the config file, the `rules` input and `--rule`. */
export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

/** The values of `fail-on`. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

/**
 * Rules neither the config file, the `rules` input nor an inline suppression can change, with
 * the reason (said in the `config-invalid` / `suppression-invalid` finding of an attempt):
 * a failure of this tool and the findings about the configuration itself; the rules whose error
 * means the file cannot be read as a definition at all; and the rules whose error means the
 * definition cannot be deployed whatever its severity (two definitions for one action, no
 * target integration, several actions of that name in the org) — lowering them would only turn
 * a failed deploy into a silent skip.
 */
export const UNCONFIGURABLE_RULES: ReadonlyMap<string, string> = new Map([
  ['internal-error', 'it reports a failure of this tool'],
  ['config-invalid', 'it reports a problem of the configuration itself'],
  ...['file-unreadable', 'file-encoding', 'file-too-large', 'json-syntax', 'json-too-deep', 'structure', 'key-case', 'request-type'].map(
    (id) => [id, 'its error means the file cannot be read as a definition'] as [string, string],
  ),
  ...['duplicate-name', 'duplicate-remote-name', 'target-integration'].map(
    (id) => [id, 'its error means the definition cannot be deployed; a lower setting would only skip it silently'] as [string, string],
  ),
]);

/**
 * Rules an inline `suppress` entry cannot name: those above, the suppression rules themselves,
 * and the gates a pull request must not be able to open for itself — a failed fixture
 * (`dry-run-failed`, whose severity only the config file can lower) and a malformed fixture.
 */
export const UNSUPPRESSIBLE_RULES: ReadonlySet<string> = new Set([
  ...UNCONFIGURABLE_RULES.keys(),
  'suppression-invalid',
  'suppression-unused',
  'dry-run-failed',
  'fixture-invalid',
]);

/** Parses a rule setting (case-insensitive, trimmed); undefined when it is not one. */
export function toRuleSetting(value: unknown): RuleSetting | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  return (RULE_SETTINGS as readonly string[]).includes(v) ? (v as RuleSetting) : undefined;
}

/** Parses a `fail-on` value (case-insensitive, trimmed); undefined when it is not one. */
export function toFailOn(value: unknown): FailOn | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  return (FAIL_ON_VALUES as readonly string[]).includes(v) ? (v as FailOn) : undefined;
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/**
 * True when a finding of `severity` fails the job under `failOn`: `error` → errors only,
 * `warning` → warnings and errors, `never` → none.
 */
export function failsJob(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return RANK[severity] >= RANK[failOn];
}

/**
 * Why `ruleId` cannot be given a setting (config file, `rules` input), in one sentence; undefined
 * when it can. Unknown ids get a did-you-mean from the catalogue.
 */
export function ruleIdProblem(ruleId: string): string | undefined {
  const why = UNCONFIGURABLE_RULES.get(ruleId);
  if (why) return `The rule "${ruleId}" cannot be configured: ${why}.`;
  return unknownRuleProblem(ruleId);
}

/** "… is not a rule id; did you mean …?" for an id the catalogue lacks; undefined for a known id. */
export function unknownRuleProblem(ruleId: string): string | undefined {
  if (isRuleId(ruleId)) return undefined;
  const near = nearestRuleId(ruleId);
  return `"${ruleId}" is not a rule id${near ? `; did you mean "${near}"?` : '.'}`;
}

/**
 * The catalogue's rule id closest to `id` (edit distance ≤ 3, letter case ignored), if any. Ids
 * longer than any rule id could be within that distance get no suggestion (and cost nothing).
 */
export function nearestRuleId(id: string): string | undefined {
  if (id.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = 4;
  for (const { id: k } of allRules()) {
    const d = editDistance(k, id.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
