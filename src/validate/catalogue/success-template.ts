import type { RuleInfo } from './types.js';

/** Template rules about the successTemplate (genesys-runtime.md §5, §9). */
export const SUCCESS_TEMPLATE_RULES: RuleInfo[] = [];
