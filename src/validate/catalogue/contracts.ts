import type { RuleInfo } from './types.js';

/** Rules about the input and output contracts (genesys-runtime.md §7). */
export const CONTRACT_RULES: RuleInfo[] = [
  { id: 'contract-schema', severity: 'error', family: 'contracts', summary: 'A contract (inputSchema / successSchema) is not a valid draft-04 JSON Schema object.' },
  { id: 'contract-ref', severity: 'error', family: 'contracts', summary: 'A contract uses "$ref", which Genesys does not support.' },
  { id: 'input-contract', severity: 'error', family: 'contracts', summary: 'The input contract is not a flat object of string/integer/number/boolean/null properties with valid names.' },
  { id: 'input-reserved-name', severity: 'warning', family: 'contracts', summary: 'An input is named orgId, integrationId or rawRequest, which Genesys overwrites.' },
];
