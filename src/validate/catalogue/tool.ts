import type { RuleInfo } from './types.js';

/** Failures of this tool itself. */
export const TOOL_RULES: RuleInfo[] = [
  {
    id: 'internal-error',
    severity: 'error',
    family: 'tool',
    summary: 'This tool failed on the file; the other files were still processed.',
    docs: {
      description:
        'When processing one file throws (a bug of this tool, not of the definition), that file gets this finding and is not deployed, and every other file is still validated, dry-run and deployed. It cannot be configured or suppressed: an unchecked file must never pass the gate silently.',
      bad: { note: 'Processing a file throws an unexpected exception.', testedIn: 'test/pipeline/configuration.test.ts' },
      good: { note: 'The same file once the tool is fixed.', testedIn: 'test/pipeline/configuration.test.ts' },
      source: 'DESIGN.md "Pipeline" (one bad file never stops the others); README "Rules"',
    },
  },
];
