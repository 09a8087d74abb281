/**
 * Shapes of the rule configuration: the config file (`.genesys-data-actions.yml`), the `rules`
 * and `fail-on` inputs, and the inline `suppress` entries of a definition.
 */
import type { Finding, Severity } from '../validate/finding.js';

/** What a rule can be set to: one of the severities, or `off` (its findings are dropped). */
export type RuleSetting = Severity | 'off';

/** Rule id → setting. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** Rule settings for some paths of the repository (the config file's `overrides`). */
export interface RuleOverride {
  /**
   * Globs on the repository-relative path (`legacy/**`, `**\/*.custom.json`); a pattern without
   * glob characters also matches everything below it, as a folder. Absent: every file.
   */
  files?: readonly string[];
  rules: RuleSettings;
  /** Where each of `files` is written in the config file (same order), for findings about it. */
  filesAt?: ReadonlyArray<{ line: number; column: number }>;
}

/** When findings fail the job: at `error`, at `warning` (and above), or `never`. */
export type FailOn = 'error' | 'warning' | 'never';

/**
 * The configuration of one run. A finding's setting is, from lowest to highest precedence: its
 * own severity, `rules`, then every matching entry of `overrides` in order (later entries win).
 * The `rules` input is appended as a last override without `files`, so it wins over the file.
 */
export interface Configuration {
  rules: RuleSettings;
  overrides: readonly RuleOverride[];
  /** The config file's `fail-on`; the `fail-on` input wins over it. */
  failOn?: FailOn;
}

/** A configuration that changes nothing. */
export const EMPTY_CONFIGURATION: Configuration = { rules: {}, overrides: [] };

/** One valid inline suppression of a definition: `"suppress": {"<rule-id>": "<reason>"}`. */
export interface Suppression {
  ruleId: string;
  reason: string;
  /** RFC 6901 pointer of the entry, `/suppress/<rule-id>`. */
  pointer: string;
}

/** A finding hidden by an inline suppression, kept for the JSON report with the reason given. */
export type SuppressedFinding = Finding & { reason: string };
