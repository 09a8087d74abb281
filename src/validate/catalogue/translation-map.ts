import type { RuleInfo } from './types.js';

/** Rules about translationMap paths and translationMapDefaults (genesys-runtime.md §4, §5, §9). */
export const TRANSLATION_MAP_RULES: RuleInfo[] = [
  { id: 'jsonpath-syntax', severity: 'error', family: 'translation-map', summary: 'A translationMap path is not a valid Jayway JsonPath.' },
];
