/**
 * Inline suppressions: a definition's top-level `"suppress": {"<rule-id>": "<reason>"}` hides that
 * rule's findings for this definition only. This project's own key: it is never sent to Genesys
 * Cloud (the deploy payload is built from the Genesys fields only). Pure.
 */
import type { SourceMap } from '../definitions/types.js';
import { escapePointerToken } from '../definitions/json-source.js';
import type { Finding } from '../validate/finding.js';
import { findingAt } from '../validate/locate.js';
import { UNCONFIGURABLE_RULES, unknownRuleProblem, UNSUPPRESSIBLE_RULES } from './policy.js';
import type { Suppression } from './types.js';

/** The top-level key of a definition that holds its suppressions. */
export const SUPPRESS_KEY = 'suppress';

/** The suppressions of one definition and the findings about malformed entries. */
export interface ReadSuppressions {
  /** Valid entries, in file order. */
  suppressions: Suppression[];
  /** `suppression-invalid` findings (unknown or unsuppressible rule id, missing reason). */
  findings: Finding[];
}

/** Most entries of one `suppress` object that are read; more are reported once and ignored. */
export const MAX_SUPPRESSIONS = 100;

const HINT = 'Write "suppress": {"<rule-id>": "<why this finding does not apply here>"}; the rule ids are listed in docs/rules.md.';

/**
 * Reads the `suppress` member of a parsed definition `doc` (any JSON value; only a top-level
 * object can carry one). An entry is valid when its key is a rule id that may be suppressed
 * ({@link UNSUPPRESSIBLE_RULES}) and its value a non-empty reason string; every other entry
 * gets a `suppression-invalid` finding at its key and is ignored. A `suppress` that is not an
 * object gets one finding at its value.
 */
export function readSuppressions(file: string, doc: unknown, map: SourceMap | undefined): ReadSuppressions {
  const out: ReadSuppressions = { suppressions: [], findings: [] };
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || !Object.hasOwn(doc, SUPPRESS_KEY)) return out;
  const value = (doc as Record<string, unknown>)[SUPPRESS_KEY];
  const base = `/${SUPPRESS_KEY}`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.findings.push(findingAt('suppression-invalid', file, map, { pointer: base }, `"${SUPPRESS_KEY}" must be an object of rule ids and reasons, not ${describe(value)}.`, { hint: HINT }));
    return out;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_SUPPRESSIONS) {
    out.findings.push(findingAt('suppression-invalid', file, map, { pointer: base, atKey: true }, `"${SUPPRESS_KEY}" has ${entries.length} entries; only the first ${MAX_SUPPRESSIONS} are read.`, { hint: 'Suppress rules sparingly: fix the definition, or set the rule in the config file.' }));
  }
  for (const [ruleId, reason] of entries.slice(0, MAX_SUPPRESSIONS)) {
    const pointer = `${base}/${escapePointerToken(ruleId)}`;
    const problem = UNSUPPRESSIBLE_RULES.has(ruleId) ? `The rule "${ruleId}" cannot be suppressed inline${unsuppressibleReason(ruleId)}.` : unknownRuleProblem(ruleId);
    if (problem) {
      out.findings.push(findingAt('suppression-invalid', file, map, { pointer, atKey: true }, `${problem} This suppression is ignored.`, { hint: HINT }));
    } else if (typeof reason !== 'string' || reason.trim() === '') {
      out.findings.push(
        findingAt('suppression-invalid', file, map, { pointer, atKey: true }, `The suppression of "${ruleId}" gives no reason, so it is ignored.`, {
          hint: 'Say in the value why the finding does not apply to this definition, e.g. "the endpoint accepts unencoded ids".',
        }),
      );
    } else {
      out.suppressions.push({ ruleId, reason: reason.trim(), pointer });
    }
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * `suppression-unused` findings for the suppressions that matched no finding of the run
 * (`matched`: rule ids whose findings were suppressed or were `off`). `skip` leaves out rules
 * that could not have fired in this run (e.g. org rules in validate mode).
 */
export function unusedSuppressions(file: string, map: SourceMap | undefined, suppressions: readonly Suppression[], matched: ReadonlySet<string>, skip: (ruleId: string) => boolean = () => false): Finding[] {
  return suppressions
    .filter((s) => !matched.has(s.ruleId) && !skip(s.ruleId))
    .map((s) =>
      findingAt('suppression-unused', file, map, { pointer: s.pointer, atKey: true }, `The suppression of "${s.ruleId}" matched no finding of this definition in this run.`, {
        hint: 'Remove it: the problem it hid is gone, or the rule never fired here.',
      }),
    );
}

/** Why a rule of UNSUPPRESSIBLE_RULES is, as a clause starting with ": " (empty when obvious). */
function unsuppressibleReason(ruleId: string): string {
  const why = UNCONFIGURABLE_RULES.get(ruleId);
  if (why) return `: ${why}`;
  if (ruleId === 'dry-run-failed' || ruleId === 'fixture-invalid') return ': a definition cannot waive its own fixtures (the config file can lower dry-run-failed)';
  return '';
}
