import type { RuleInfo } from './types.js';

/** Rules about the shape of a definition and the limits of the Genesys Cloud API (genesys-api.md). */
export const STRUCTURE_RULES: RuleInfo[] = [
  { id: 'structure', severity: 'error', family: 'structure', summary: 'A required field is missing or a field has the wrong type or length.' },
  { id: 'key-case', severity: 'error', family: 'structure', summary: 'A key differs from a Genesys field only in letter case ("Secure"); Genesys would ignore it.' },
  { id: 'unknown-key', severity: 'warning', family: 'structure', summary: 'A key that is not a Genesys field; Genesys would ignore it.' },
  { id: 'request-type', severity: 'error', family: 'structure', summary: 'config.request.requestType is not GET, PUT, POST, PATCH or DELETE.' },
  { id: 'accept-header', severity: 'error', family: 'structure', summary: 'An Accept header that is not a JSON media type; Genesys refuses to save the action.' },
  { id: 'name-characters', severity: 'error', family: 'structure', summary: 'The name or category contains control characters (line breaks, tabs, ...).' },
  { id: 'name-whitespace', severity: 'warning', family: 'structure', summary: 'The name or category starts or ends with white space.' },
  { id: 'export-suffix', severity: 'warning', family: 'structure', summary: 'The name carries the UI export suffix " - Exported <date> @ <time>".' },
];
