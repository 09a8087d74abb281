import type { Finding } from '../validate/finding.js';
import { rule } from '../validate/catalogue/index.js';
import { matchesPattern } from './apply.js';
import type { RuleOverride } from './types.js';

/**
 * `config-override-unused` findings: each `files` glob of the config file's overrides that
 * matches none of `files` (the definition and fixture files of the run), at its line and column
 * in the config file. Such a glob is most often written relative to the definitions folder
 * instead of the repository root, and its rules would silently apply nowhere.
 * @param configFile the config file's repository-relative path.
 */
export function unusedOverrideGlobs(configFile: string, overrides: readonly RuleOverride[], files: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  overrides.forEach((o, k) => {
    (o.files ?? []).forEach((glob, i) => {
      if (files.some((f) => matchesPattern(f, glob))) return;
      const at = o.filesAt?.[i] ?? { line: 1, column: 1 };
      findings.push({
        ruleId: 'config-override-unused',
        severity: rule('config-override-unused').severity,
        message: `overrides[${k}]: "${glob}" matches no definition or fixture file of this run, so its rules apply nowhere.`,
        hint: 'Globs are matched against paths from the repository root, with forward slashes and letter case as in git (e.g. "data-actions/legacy/**").',
        file: configFile,
        line: at.line,
        column: at.column,
      });
    });
  });
  return findings;
}
