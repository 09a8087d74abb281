import type { Severity } from '../finding.js';

/** The group a rule belongs to (docs/rules.md sections). */
export type RuleFamily = 'files' | 'structure' | 'contracts' | 'templates' | 'translation-map' | 'types' | 'repository' | 'org' | 'dry-run' | 'configuration' | 'tool';

/**
 * One example of a rule in docs/rules.md, also run by test/validate/rule-examples.test.ts:
 * - `patch`: a JSON merge patch (RFC 7386: `null` deletes) applied to {@link EXAMPLE_BASE}, the
 *   result validated as one definition file;
 * - `text`: the whole content of a definition file;
 * - `note`: prose only, for rules that need several files, an org or a run (`testedIn` names
 *   the test file that covers the rule).
 */
export type RuleExample =
  | { patch: Record<string, unknown>; note?: string }
  | { text: string; note?: string }
  | { note: string; testedIn: string };

/** Everything docs/rules.md says about a rule. */
export interface RuleDocs {
  /** What the rule catches and why it breaks in Genesys Cloud (Markdown, a few sentences). */
  description: string;
  /** A definition that triggers the rule. */
  bad: RuleExample;
  /** The same definition, fixed. */
  good: RuleExample;
  /** The Genesys fact behind the rule: a section of ../shared/docs or a public URL. */
  source: string;
}

/** A rule of the catalogue. */
export interface RuleInfo {
  /** Stable id, kebab-case; appears in findings, annotations, config and suppressions. */
  id: string;
  /** Default severity; a config file or the `rules` input can change it. */
  severity: Severity;
  family: RuleFamily;
  /** One line, ending with a full stop. */
  summary: string;
  docs?: RuleDocs;
}
