/**
 * The config file (`.genesys-data-actions.yml`): YAML text → {@link Configuration} plus a located
 * `config-invalid` finding for every part that cannot be used. Pure. The valid parts are kept:
 * one typo never disables the rest of the configuration.
 *
 * ```yaml
 * rules:              # per-rule setting: error | warning | info | off
 *   unknown-key: off
 * overrides:          # per-path settings; globs on repository paths; later entries win
 *   - files: ["legacy/**"]
 *     rules: { url-input-unencoded: off }
 * fail-on: warning    # default of the fail-on input
 * ```
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { rule } from '../validate/catalogue/index.js';
import type { Finding } from '../validate/finding.js';
import { FAIL_ON_VALUES, RULE_SETTINGS, ruleIdProblem, toFailOn, toRuleSetting } from './policy.js';
import type { Configuration, RuleOverride, RuleSetting } from './types.js';

/** The default config file, at the repository root. */
export const DEFAULT_CONFIG_FILE = '.genesys-data-actions.yml';

/** A configuration read from a file, and what was wrong with it. */
export interface ParsedConfiguration {
  configuration: Configuration;
  /** `config-invalid` findings, located in the config file. */
  findings: Finding[];
}

const TOP_KEYS = ['rules', 'overrides', 'fail-on'];
const OVERRIDE_KEYS = ['files', 'rules'];
const DOCS_HINT = 'See README "Configuring rules" for the format; rule ids are listed in docs/rules.md.';

/** Most `config-invalid` findings reported for one file; the rest are counted in one more. */
export const MAX_CONFIG_FINDINGS = 50;

/** Collects findings at node positions of one file (at most {@link MAX_CONFIG_FINDINGS}, then a count). */
class Reporter {
  readonly findings: Finding[] = [];
  private dropped = 0;
  constructor(
    private readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  /** A `config-invalid` finding at `[start, end)` offsets of the file text. */
  at(range: readonly [number, number] | undefined, message: string, hint = DOCS_HINT): void {
    if (this.findings.length >= MAX_CONFIG_FINDINGS) {
      this.dropped++;
      return;
    }
    const finding: Finding = { ruleId: 'config-invalid', severity: rule('config-invalid').severity, message, hint, file: this.file, line: 1, column: 1 };
    if (range) {
      const start = this.lines.linePos(range[0]);
      const end = this.lines.linePos(range[1]);
      finding.line = start.line;
      finding.column = start.col;
      if (end.line === start.line && end.col > start.col) {
        finding.endLine = end.line;
        finding.endColumn = end.col;
      }
    }
    this.findings.push(finding);
  }

  node(node: unknown, message: string, hint?: string): void {
    this.at(rangeOf(node), message, hint);
  }

  /** The 1-based line and column where `node` starts (1:1 when unknown). */
  position(node: unknown): { line: number; column: number } {
    const range = rangeOf(node);
    if (!range) return { line: 1, column: 1 };
    const p = this.lines.linePos(range[0]);
    return { line: p.line, column: p.col };
  }

  /** The findings, with one more at the top of the file counting those left out. */
  done(): Finding[] {
    if (this.dropped === 0) return this.findings;
    const more: Finding = { ruleId: 'config-invalid', severity: rule('config-invalid').severity, message: `${this.dropped} more problems in this file are not listed.`, hint: DOCS_HINT, file: this.file, line: 1, column: 1 };
    return [...this.findings, more];
  }
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}

function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function describeNode(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'nothing' : JSON.stringify(node.value);
  return 'something else';
}

/** Reads a `rules` mapping; invalid entries are reported and left out. */
function readRules(node: unknown, where: string, report: Reporter): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  if (!isMap(node)) {
    report.node(node, `${where} must be a mapping of rule ids to ${RULE_SETTINGS.join(' | ')}, not ${describeNode(node)}.`);
    return settings;
  }
  for (const pair of node.items) {
    const id = keyText(pair);
    if (id === undefined) {
      report.node(pair.key, `${where}: a rule id must be a plain name.`);
      continue;
    }
    const problem = ruleIdProblem(id);
    if (problem) {
      report.node(pair.key, `${where}: ${problem}`);
      continue;
    }
    const setting = isScalar(pair.value) ? toRuleSetting(pair.value.value) : undefined;
    if (!setting) {
      report.node(pair.value ?? pair.key, `${where}: "${id}" must be set to one of ${RULE_SETTINGS.join(', ')}, not ${describeNode(pair.value)}.`);
      continue;
    }
    settings[id] = setting;
  }
  return settings;
}

/** Reads `files` of an override: a glob or a list of globs, with where each is written. */
function readFiles(node: unknown, where: string, report: Reporter): { files: string[]; at: Array<{ line: number; column: number }> } | undefined {
  const items = isSeq(node) ? node.items : [node];
  const files: string[] = [];
  const at: Array<{ line: number; column: number }> = [];
  for (const item of items) {
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
      report.node(item ?? node, `${where}: "files" must be a glob or a list of globs (repository paths such as "legacy/**"), not ${describeNode(item)}.`);
      continue;
    }
    if (item.value.trim().startsWith('!')) {
      report.node(item, `${where}: negated globs ("${item.value}") are not supported in "files"; list the paths the entry applies to.`);
      continue;
    }
    files.push(item.value.trim());
    at.push(report.position(item));
  }
  return files.length ? { files, at } : undefined;
}

/** Reads `overrides`: a list of `{files, rules}`; an entry without usable files is left out. */
function readOverrides(node: unknown, report: Reporter): RuleOverride[] {
  if (!isSeq(node)) {
    report.node(node, `"overrides" must be a list of entries with "files" and "rules", not ${describeNode(node)}.`);
    return [];
  }
  const overrides: RuleOverride[] = [];
  node.items.forEach((entry, i) => {
    const where = `overrides[${i}]`;
    if (!isMap(entry)) {
      report.node(entry, `${where} must be a mapping with "files" and "rules", not ${describeNode(entry)}.`);
      return;
    }
    let files: { files: string[]; at: Array<{ line: number; column: number }> } | undefined;
    let rules: Record<string, RuleSetting> | undefined;
    for (const pair of entry.items) {
      const key = keyText(pair);
      if (key === 'files') files = readFiles(pair.value, where, report);
      else if (key === 'rules') rules = readRules(pair.value, `${where}.rules`, report);
      else report.node(pair.key, `${where}: unknown key "${key ?? '?'}"; an override has ${OVERRIDE_KEYS.map((k) => `"${k}"`).join(' and ')}.`);
    }
    if (!entry.has('files')) report.node(entry, `${where} has no "files": it would apply everywhere; use the top-level "rules" for that.`);
    if (!entry.has('rules')) report.node(entry, `${where} has no "rules".`);
    if (files && rules && Object.keys(rules).length) overrides.push({ files: files.files, rules, filesAt: files.at });
  });
  return overrides;
}

/**
 * Parses the config file `file` (repository-relative, for the findings) from `text`. YAML 1.2
 * (so `off` is a string). Syntax errors, unknown keys, unknown or unconfigurable rule ids, bad
 * settings and bad `fail-on` values each give a `config-invalid` finding at their line and
 * column; the valid rest is returned. An empty file is an empty configuration.
 */
export function parseConfiguration(file: string, text: string): ParsedConfiguration {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const report = new Reporter(file, lines);
  for (const e of doc.errors) report.at(e.pos, `The YAML does not parse: ${e.message.split('\n')[0]}`, 'Fix the YAML syntax; until then only the parts that could be read apply.');
  const configuration: { rules: Record<string, RuleSetting>; overrides: RuleOverride[]; failOn?: Configuration['failOn'] } = { rules: {}, overrides: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { configuration, findings: report.done() };
  if (!isMap(root)) {
    report.node(root, `The config file must be a mapping with ${TOP_KEYS.map((k) => `"${k}"`).join(', ')}, not ${describeNode(root)}.`);
    return { configuration, findings: report.done() };
  }
  for (const pair of root.items) {
    const key = keyText(pair);
    if (key === 'rules') Object.assign(configuration.rules, readRules(pair.value, '"rules"', report));
    else if (key === 'overrides') configuration.overrides.push(...readOverrides(pair.value, report));
    else if (key === 'fail-on') {
      const value = isScalar(pair.value) ? toFailOn(pair.value.value) : undefined;
      if (value) configuration.failOn = value;
      else report.node(pair.value ?? pair.key, `"fail-on" must be one of ${FAIL_ON_VALUES.join(', ')}, not ${describeNode(pair.value)}.`);
    } else {
      report.node(pair.key, `Unknown key "${key ?? '?'}"; the config file has ${TOP_KEYS.map((k) => `"${k}"`).join(', ')}.`);
    }
  }
  return { configuration, findings: report.done() };
}
