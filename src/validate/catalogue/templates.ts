import type { RuleInfo } from './types.js';

/** Rules about the Velocity templates: requestUrlTemplate, headers, requestTemplate, successTemplate (genesys-runtime.md §3, §5, §9). */
export const TEMPLATE_RULES: RuleInfo[] = [
  { id: 'template-syntax', severity: 'error', family: 'templates', summary: 'A Velocity template does not parse.' },
];
