/**
 * Rule configuration: the config file, the `rules` / `fail-on` inputs and inline suppressions,
 * applied to every finding of a run before it decides what is deployable and what it reports.
 */
import type { ConfigInputs } from './inputs.js';
import type { Configuration, FailOn } from './types.js';

export { configureFindings, matchesPattern, ruleSetting, type ConfiguredFindings, type ConfigureOptions, type ConfigureScope, type FindingConfigurer } from './apply.js';
export { parseConfigInputs, parseRuleSettings, type ConfigInputs } from './inputs.js';
export { ConfigFileError, loadConfiguration, type LoadedConfiguration } from './load.js';
export { DEFAULT_CONFIG_FILE, parseConfiguration, type ParsedConfiguration } from './parse.js';
export { failsJob, FAIL_ON_VALUES, RULE_SETTINGS, UNCONFIGURABLE_RULES, UNSUPPRESSIBLE_RULES } from './policy.js';
export { readSuppressions, SUPPRESS_KEY, unusedSuppressions, type ReadSuppressions } from './suppress.js';
export { EMPTY_CONFIGURATION, type Configuration, type FailOn, type RuleOverride, type RuleSetting, type RuleSettings, type SuppressedFinding, type Suppression } from './types.js';

/**
 * The configuration a run uses: the file's, with the `rules` input appended as a last override
 * for every file (so the input wins over the file), and `failOn` resolved — the input, else the
 * file's `fail-on`, else `error`.
 */
export function combineConfiguration(file: Configuration, inputs: Partial<ConfigInputs>): Configuration & { failOn: FailOn } {
  const input = inputs.ruleSettings ?? {};
  return {
    rules: file.rules,
    overrides: Object.keys(input).length ? [...file.overrides, { rules: input }] : file.overrides,
    failOn: inputs.failOn ?? file.failOn ?? 'error',
  };
}
