import type { RuleInfo } from './types.js';

/** Failures of this tool itself. */
export const TOOL_RULES: RuleInfo[] = [
  { id: 'internal-error', severity: 'error', family: 'tool', summary: 'This tool failed on the file; the other files were still processed.' },
];
