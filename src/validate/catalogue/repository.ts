import type { RuleInfo } from './types.js';

/** Rules that look at several files of the repository together. */
export const REPOSITORY_RULES: RuleInfo[] = [
  { id: 'duplicate-name', severity: 'error', family: 'repository', summary: 'Two definitions deploy to the same action name and integration type.' },
  { id: 'fixture-orphan', severity: 'warning', family: 'repository', summary: 'A fixture file belongs to no definition (misnamed or left behind).' },
  { id: 'fixture-invalid', severity: 'error', family: 'repository', summary: 'A fixture file or case is malformed.' },
];
