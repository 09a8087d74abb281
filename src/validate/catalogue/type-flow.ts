import type { RuleInfo } from './types.js';

/**
 * Rules that follow a value's JSON type from the translationMap through its position in the
 * successTemplate to the successSchema (genesys-runtime.md §5, §6, §9).
 */
export const TYPE_RULES: RuleInfo[] = [];
