import type { RuleInfo } from './types.js';

/** Rules about this tool's configuration: the config file, the `rules` input, suppressions. */
export const CONFIGURATION_RULES: RuleInfo[] = [
  {
    id: 'config-invalid',
    severity: 'error',
    family: 'configuration',
    summary: 'A part of the config file (.genesys-data-actions.yml) cannot be used: YAML syntax, unknown key, unknown rule id, bad setting.',
    docs: {
      description:
        'The config file sets rule severities (`rules`), per-path settings (`overrides`) and the default of `fail-on`. A typo there would silently leave a rule at its default, so every part that cannot be used is reported at its line and column in the YAML file: syntax errors, unknown keys, rule ids the catalogue does not know (with a did-you-mean), settings other than `error`, `warning`, `info`, `off`, and `fail-on` values other than `error`, `warning`, `never`. The run continues with the valid part. `config-invalid` and `internal-error` themselves cannot be configured.',
      bad: { note: 'A config file with a misspelt rule id: `rules: { unknown-keys: off }` (the rule is `unknown-key`).', testedIn: 'test/config/parse.test.ts' },
      good: { note: '`rules: { unknown-key: off }`.', testedIn: 'test/config/parse.test.ts' },
      source: 'github-action-conventions.md §6.1 (the `fail-on` input); YAML 1.2 as read by https://eemeli.org/yaml/',
    },
  },
  {
    id: 'config-override-unused',
    severity: 'warning',
    family: 'configuration',
    summary: 'A "files" glob of the config file\'s overrides matches no definition or fixture file of the run.',
    docs: {
      description:
        'Override globs are matched against paths from the repository root (`data-actions/legacy/**`). A glob written relative to the definitions folder (`legacy/**`), with backslashes or in another letter case matches nothing, and the settings it carries would silently apply nowhere; each such glob is reported at its line and column in the config file.',
      bad: { note: '`overrides: [{files: ["legacy/**"], rules: {url-input-unencoded: off}}]` while the definitions are under `data-actions/legacy/`.', testedIn: 'test/pipeline/configuration.test.ts' },
      good: { note: '`files: ["data-actions/legacy/**"]`.', testedIn: 'test/pipeline/configuration.test.ts' },
      source: 'README "Configuring rules"; glob matching by Node\'s path.matchesGlob (https://nodejs.org/api/path.html#pathmatchesglobpath-pattern)',
    },
  },
  {
    id: 'suppression-invalid',
    severity: 'warning',
    family: 'configuration',
    summary: 'An inline "suppress" entry names an unknown rule, a rule that cannot be suppressed, or gives no reason.',
    docs: {
      description:
        'A definition can hide findings of a rule for itself with a top-level `"suppress": {"<rule-id>": "<reason>"}` (this key is never sent to Genesys Cloud). An entry whose rule id is not in the catalogue (a typo would hide nothing and leave the finding), names a rule that cannot be suppressed inline (`internal-error`, the file-level rules that fire when the file cannot be read), or gives an empty reason is ignored and reported at its key.',
      bad: { note: '`"suppress": {"url-input-unencoded": ""}`: no reason given.', testedIn: 'test/config/suppress.test.ts' },
      good: { note: '`"suppress": {"url-input-unencoded": "the id is a GUID, it never needs encoding"}`.', testedIn: 'test/config/suppress.test.ts' },
      source: 'github-action-conventions.md §6.7 (annotations users can act on); README "Configuring rules"',
    },
  },
  {
    id: 'suppression-unused',
    severity: 'info',
    family: 'configuration',
    summary: 'An inline suppression matched no finding of its definition in this run.',
    docs: {
      description:
        'A suppression that hides nothing is left over from a problem that was fixed (or never applied here); left in place, it would hide the next, unrelated finding of that rule. Suppressions of org rules are only judged in plan and deploy runs, and none is judged when the file could not be read as a definition.',
      bad: { note: 'A definition suppresses `export-suffix` but its name carries no export suffix.', testedIn: 'test/pipeline/configuration.test.ts' },
      good: { note: 'The same definition without the `suppress` entry.', testedIn: 'test/pipeline/configuration.test.ts' },
      source: 'github-action-conventions.md §6.7; README "Configuring rules"',
    },
  },
];
