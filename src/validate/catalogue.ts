/**
 * The rule catalogue: every finding's `ruleId` is listed here with its default severity and a
 * one-line summary. docs/rules.md documents each rule in full.
 */
import type { Severity } from './finding.js';

export interface RuleInfo {
  id: string;
  severity: Severity;
  summary: string;
}

const RULES: RuleInfo[] = [
  { id: 'file-unreadable', severity: 'error', summary: 'The file cannot be read.' },
  { id: 'file-encoding', severity: 'error', summary: 'The file is not valid UTF-8 text.' },
  { id: 'file-too-large', severity: 'error', summary: 'The file is larger than a data-action definition can reasonably be.' },
  { id: 'json-syntax', severity: 'error', summary: 'The file is not valid JSON (or is empty).' },
  { id: 'json-too-deep', severity: 'error', summary: 'The JSON nests deeper than 200 levels.' },
  { id: 'json-bom', severity: 'warning', summary: 'The file starts with a byte-order mark.' },
  { id: 'json-duplicate-key', severity: 'warning', summary: 'An object has the same key twice.' },
  { id: 'structure', severity: 'error', summary: 'A required field is missing or a field has the wrong type or length.' },
  { id: 'key-case', severity: 'error', summary: 'A key differs from a Genesys field only in letter case ("Secure"); Genesys would ignore it.' },
  { id: 'unknown-key', severity: 'warning', summary: 'A key that is not a Genesys field; Genesys would ignore it.' },
  { id: 'request-type', severity: 'error', summary: 'config.request.requestType is not GET, PUT, POST, PATCH or DELETE.' },
  { id: 'contract-schema', severity: 'error', summary: 'A contract (inputSchema / successSchema) is not a valid draft-04 JSON Schema object.' },
  { id: 'contract-ref', severity: 'error', summary: 'A contract uses "$ref", which Genesys does not support.' },
  { id: 'input-contract', severity: 'error', summary: 'The input contract is not a flat object of string/integer/number/boolean/null properties with valid names.' },
  { id: 'input-reserved-name', severity: 'warning', summary: 'An input is named orgId, integrationId or rawRequest, which Genesys overwrites.' },
  { id: 'accept-header', severity: 'error', summary: 'An Accept header that is not a JSON media type; Genesys refuses to save the action.' },
  { id: 'template-syntax', severity: 'error', summary: 'A Velocity template does not parse.' },
  { id: 'jsonpath-syntax', severity: 'error', summary: 'A translationMap path is not a valid Jayway JsonPath.' },
  { id: 'name-characters', severity: 'error', summary: 'The name or category contains control characters (line breaks, tabs, ...).' },
  { id: 'name-whitespace', severity: 'warning', summary: 'The name or category starts or ends with white space.' },
  { id: 'export-suffix', severity: 'warning', summary: 'The name carries the UI export suffix " - Exported <date> @ <time>".' },
  { id: 'duplicate-name', severity: 'error', summary: 'Two definitions deploy to the same action name and integration type.' },
  { id: 'target-integration', severity: 'error', summary: 'No single integration of the org can receive this definition.' },
  { id: 'duplicate-remote-name', severity: 'error', summary: 'Several published actions in the target integration carry this name.' },
  { id: 'fixture-orphan', severity: 'warning', summary: 'A fixture file belongs to no definition (misnamed or left behind).' },
  { id: 'internal-error', severity: 'error', summary: 'This tool failed on the file; the other files were still processed.' },
  { id: 'fixture-invalid', severity: 'error', summary: 'A fixture file or case is malformed.' },
  { id: 'dry-run-warning', severity: 'warning', summary: 'A fixture case ran, but Genesys would accept something that is likely a mistake (e.g. a literal ${...} left in the URL).' },
  { id: 'dry-run-failed', severity: 'error', summary: 'A fixture case did not produce the expected output or failure.' },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** All rules, in catalogue order. */
export function allRules(): readonly RuleInfo[] {
  return RULES;
}

/** The rule with this id; throws for an unknown id (a programming error). */
export function rule(id: string): RuleInfo {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`Unknown rule id: ${id}`);
  return r;
}
