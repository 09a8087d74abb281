import type { RuleInfo } from './types.js';

/** Findings of the dry run of fixture cases (genesys-runtime.md §10). */
export const DRY_RUN_RULES: RuleInfo[] = [
  {
    id: 'dry-run-warning',
    severity: 'warning',
    family: 'dry-run',
    summary: 'A fixture case ran, but Genesys would accept something that is likely a mistake (e.g. a literal ${...} left in the URL).',
    docs: {
      description:
        'Genesys renders templates leniently: an unresolved reference in the URL or a header stays as literal text, and the request goes out anyway. The dry run reproduces that and flags what it met on the way, once per step and message, at the fixture case.',
      bad: { note: 'A fixture case without `EMAIL` for a URL `…/users?email=${input.EMAIL}`: the request goes out with a literal `${input.EMAIL}`.', testedIn: 'test/pipeline/dry-run-rules.test.ts' },
      good: { note: 'The case gives `EMAIL`.', testedIn: 'test/pipeline/dry-run-rules.test.ts' },
      source: 'genesys-runtime.md §3.3 (references, missing values), §10 (dry-run algorithm)',
    },
  },
  {
    id: 'dry-run-failed',
    severity: 'error',
    family: 'dry-run',
    summary: 'A fixture case did not produce the expected output or failure.',
    docs: {
      description:
        'Each fixture case is run through the steps Genesys runs (input validation, request rendering, the recorded response, translation map, success template, output validation). A case that fails at a step it did not expect, or gives another output than `expect.output`, means the action would behave differently in Genesys Cloud than its author intended, so the definition is not deployed. The job summary shows every step of the case.',
      bad: { note: 'A case expecting `{"estimated_wait_time": 13}` where the translation map yields 12.', testedIn: 'test/pipeline/dry-run-rules.test.ts' },
      good: { note: 'The case expects `{"estimated_wait_time": 12}`.', testedIn: 'test/pipeline/dry-run-rules.test.ts' },
      source: 'genesys-runtime.md §2 (the execution pipeline and the Test tab), §10 (dry-run algorithm)',
    },
  },
];
