/**
 * The configuration inputs of the action (`config`, `rules`, `fail-on`) and their CLI
 * counterparts (`--config`, `--rule id=severity`, `--fail-on`). Pure: reads through a getter.
 */
import { InputError, type InputGetter } from '../inputs.js';
import { FAIL_ON_VALUES, RULE_SETTINGS, ruleIdProblem, toFailOn, toRuleSetting } from './policy.js';
import type { FailOn, RuleSetting } from './types.js';

/** What the configuration inputs ask for. */
export interface ConfigInputs {
  /** The `config` input: a config file to read instead of `.genesys-data-actions.yml`; it must exist. */
  configFile?: string;
  /** The `rules` input: settings applied after the config file (they win over it). */
  ruleSettings: Record<string, RuleSetting>;
  /** The `fail-on` input; wins over the config file's `fail-on`. Default (neither given): `error`. */
  failOn?: FailOn;
}

/**
 * Parses the `rules` input: entries `rule-id=setting` (or `rule-id: setting`), one per line or
 * separated by commas; blank lines and `#` comments are ignored. A later entry for the same rule
 * wins.
 *
 * @throws InputError naming the first bad entry (unknown or unconfigurable rule id with a
 *   did-you-mean, or a setting other than error, warning, info, off).
 */
export function parseRuleSettings(value: string): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  const entries = value
    .split(/[\n,]/)
    .map((e) => e.replace(/#.*$/, '').trim())
    .filter(Boolean);
  for (const entry of entries) {
    const m = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(entry);
    if (!m) throw new InputError(`Input "rules": "${entry}" is not of the form rule-id=${RULE_SETTINGS.join('|')}.`);
    const [, id, raw] = m as unknown as [string, string, string];
    const problem = ruleIdProblem(id);
    if (problem) throw new InputError(`Input "rules": ${problem}`);
    const setting = toRuleSetting(raw);
    if (!setting) throw new InputError(`Input "rules": "${id}" must be set to one of ${RULE_SETTINGS.join(', ')}, not "${raw}".`);
    settings[id] = setting;
  }
  return settings;
}

/**
 * Reads the `config`, `rules` and `fail-on` inputs.
 * @throws InputError for a bad `rules` entry or a `fail-on` other than error, warning, never.
 */
export function parseConfigInputs(get: InputGetter): ConfigInputs {
  const out: ConfigInputs = { ruleSettings: parseRuleSettings(get('rules')) };
  const configFile = get('config').trim();
  if (configFile) out.configFile = configFile;
  const failOn = get('fail-on').trim();
  if (failOn) {
    const value = toFailOn(failOn);
    if (!value) throw new InputError(`Input "fail-on" must be one of ${FAIL_ON_VALUES.join(', ')}; got "${failOn}".`);
    out.failOn = value;
  }
  return out;
}
