import type { RuleInfo } from './types.js';

/** Findings of the dry run of fixture cases (genesys-runtime.md §10). */
export const DRY_RUN_RULES: RuleInfo[] = [
  { id: 'dry-run-warning', severity: 'warning', family: 'dry-run', summary: 'A fixture case ran, but Genesys would accept something that is likely a mistake (e.g. a literal ${...} left in the URL).' },
  { id: 'dry-run-failed', severity: 'error', family: 'dry-run', summary: 'A fixture case did not produce the expected output or failure.' },
];
