/**
 * Applying the run's configuration to the findings of each pipeline stage, per definition: its
 * inline suppressions, the config file and the `rules` input (src/config). Keeps the bookkeeping
 * the reports need: suppressed findings on the action report, the suppressions that matched.
 */
import { configureFindings, unusedSuppressions, type Configuration, type ConfigureOptions } from '../config/index.js';
import { rule } from '../validate/catalogue/index.js';
import type { Finding } from '../validate/finding.js';
import type { Mode } from '../report/types.js';
import type { LocalResult } from './local.js';

/**
 * Configures `findings` of one definition: returns the findings to report (with their configured
 * severities), records the suppressed ones on `result.report.suppressed` and the rule ids of
 * the suppressions that matched (suppressed or `off`) on `result.matchedSuppressions`.
 */
export function configureForResult(result: LocalResult, configuration: Configuration, findings: readonly Finding[], options?: ConfigureOptions): Finding[] {
  const configured = configureFindings(configuration, { file: result.report.file, suppressions: result.suppressions ?? [] })(findings, options);
  if (configured.suppressed.length) result.report.suppressed = [...(result.report.suppressed ?? []), ...configured.suppressed];
  if (result.suppressions?.length) {
    const matched = (result.matchedSuppressions ??= new Set());
    for (const f of [...configured.suppressed, ...configured.dropped]) matched.add(f.ruleId);
  }
  return configured.kept;
}

/** Configures findings that belong to no definition (orphan fixtures): config file and input only. */
export function configureUnowned(configuration: Configuration, findings: readonly Finding[]): Finding[] {
  return configureFindings(configuration)(findings).kept;
}

/**
 * `suppression-unused` findings (configured) for suppressions that matched nothing. Not judged:
 * files that could not be read as a definition (their later rules never ran); org rules unless
 * the definition reached the org (plan/deploy with a deployable definition), `org-conflict`
 * unless it was deployed; dry-run rules when the dry run was skipped.
 */
export function unusedSuppressionFindings(result: LocalResult, configuration: Configuration, mode: Mode, reachedOrg: boolean): Finding[] {
  if (!result.suppressions?.length || !result.readAsDefinition) return [];
  const skip = (ruleId: string) => {
    const family = rule(ruleId).family;
    if (family === 'org') return !reachedOrg || (ruleId === 'org-conflict' && mode !== 'deploy');
    if (family === 'dry-run' || ruleId === 'fixture-invalid') return result.report.dryRun === 'skipped';
    return false;
  };
  const unused = unusedSuppressions(result.report.file, result.map, result.suppressions, result.matchedSuppressions ?? new Set(), skip);
  return configureForResult(result, configuration, unused);
}
