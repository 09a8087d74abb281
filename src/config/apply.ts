/**
 * Applying the configuration to findings: the pure core of rule configuration. A finding is
 * kept (perhaps with another severity), dropped (its rule is `off` for its file) or suppressed
 * (its definition's `suppress` entry names its rule).
 */
import path from 'node:path';
import type { Finding } from '../validate/finding.js';
import { UNCONFIGURABLE_RULES, UNSUPPRESSIBLE_RULES } from './policy.js';
import type { Configuration, RuleSetting, SuppressedFinding, Suppression } from './types.js';

/** What configuring a batch of findings gave. */
export interface ConfiguredFindings {
  /** Findings to report, with their configured severity, in input order. */
  kept: Finding[];
  /** Findings an inline suppression hid, with its reason. */
  suppressed: SuppressedFinding[];
  /** Findings whose rule is `off` for their file. */
  dropped: Finding[];
}

/** Whose findings are being configured. */
export interface ConfigureScope {
  /** The definition file the findings belong to (its fixture's findings too); overrides match it as well as each finding's own file. */
  file?: string;
  /** The definition's valid inline suppressions. */
  suppressions?: readonly Suppression[];
}

/** Options of one call of a {@link FindingConfigurer}. */
export interface ConfigureOptions {
  /**
   * Leave error findings exactly as they are: used for the findings of a file that could not be
   * read as a definition at all, which no setting may make deployable or hide.
   */
  lockErrors?: boolean;
}

/** Configures one batch of findings. Pure: returns new arrays and finding objects. */
export type FindingConfigurer = (findings: readonly Finding[], options?: ConfigureOptions) => ConfiguredFindings;

const GLOB_CHARS = /[*?[\]{}!()]/;

/**
 * True when the repository-relative `file` matches `pattern`: a glob (Node's `path.matchesGlob`,
 * `**` spans folders, braces and classes supported), or a path without glob characters, which
 * matches that file and everything below it as a folder.
 */
export function matchesPattern(file: string, pattern: string): boolean {
  const p = pattern.trim().replace(/^\.\//, '').replace(/\/{2,}$/, '/');
  if (p === '') return false;
  if (!GLOB_CHARS.test(p)) {
    const folder = p.endsWith('/') ? p : `${p}/`;
    return file === p || file.startsWith(folder);
  }
  return path.posix.matchesGlob(file, p.endsWith('/') ? `${p}**` : p);
}

/**
 * The setting of `ruleId` for findings in `files` (any of them matching an override's globs is
 * enough): `rules` first, then each matching override in order, later ones winning. Undefined
 * when nothing configures the rule (the finding keeps its own severity).
 */
export function ruleSetting(config: Configuration, ruleId: string, files: readonly string[]): RuleSetting | undefined {
  let setting = config.rules[ruleId];
  for (const o of config.overrides) {
    const value = o.rules[ruleId];
    if (value === undefined) continue;
    if (o.files === undefined || o.files.some((g) => files.some((f) => matchesPattern(f, g)))) setting = value;
  }
  return setting;
}

/**
 * The configurer for the findings of one definition (or, without `scope.file` and
 * suppressions, for findings of no definition). For each finding:
 * - rules of {@link UNCONFIGURABLE_RULES}, and errors under `lockErrors`, are kept unchanged;
 * - a rule set to `off` for the finding's file (or the scope's file) drops it;
 * - a suppression naming the rule moves it to `suppressed`, with its configured severity;
 * - otherwise it is kept, its severity replaced by the configured one when there is one.
 */
export function configureFindings(config: Configuration, scope: ConfigureScope = {}): FindingConfigurer {
  const reasons = new Map<string, string>();
  for (const s of scope.suppressions ?? []) if (!UNSUPPRESSIBLE_RULES.has(s.ruleId)) reasons.set(s.ruleId, s.reason);
  return (findings, options = {}) => {
    const out: ConfiguredFindings = { kept: [], suppressed: [], dropped: [] };
    for (const finding of findings) {
      if (UNCONFIGURABLE_RULES.has(finding.ruleId) || (options.lockErrors && finding.severity === 'error')) {
        out.kept.push({ ...finding });
        continue;
      }
      const files = scope.file && scope.file !== finding.file ? [finding.file, scope.file] : [finding.file];
      const setting = ruleSetting(config, finding.ruleId, files);
      if (setting === 'off') {
        out.dropped.push({ ...finding });
        continue;
      }
      const configured: Finding = setting ? { ...finding, severity: setting } : { ...finding };
      const reason = reasons.get(finding.ruleId);
      if (reason !== undefined) out.suppressed.push({ ...configured, reason });
      else out.kept.push(configured);
    }
    return out;
  };
}
