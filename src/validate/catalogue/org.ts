import type { RuleInfo } from './types.js';

/** Rules checked against the target org while planning (genesys-api.md). */
export const ORG_RULES: RuleInfo[] = [
  { id: 'target-integration', severity: 'error', family: 'org', summary: 'No single integration of the org can receive this definition.' },
  { id: 'duplicate-remote-name', severity: 'error', family: 'org', summary: 'Several published actions in the target integration carry this name.' },
];
