import type { RuleInfo } from './types.js';

/** Rules about this tool's configuration: the config file, the `rules` input, suppressions. */
export const CONFIGURATION_RULES: RuleInfo[] = [];
