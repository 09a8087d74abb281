import type { RuleInfo } from './types.js';

/** Rules that look at several files of the repository together. */
export const REPOSITORY_RULES: RuleInfo[] = [
  {
    id: 'duplicate-name',
    severity: 'error',
    family: 'repository',
    summary: 'Two definitions deploy to the same action name and integration type.',
    docs: {
      description:
        'This tool finds the org\'s action to update by its exact name within the target integration. Two definitions with the same deployable name (the UI export suffix " - Exported …" removed) and integration type would overwrite each other on every deploy, so neither is planned or deployed; each gets the finding at its `name`.',
      bad: { note: 'Two files whose `name` is "Get Order Status" (one of them with an export suffix), both `custom-rest-actions`.', testedIn: 'test/pipeline/repository-rules.test.ts' },
      good: { note: 'One of them renamed ("Get Order Status v2").', testedIn: 'test/pipeline/repository-rules.test.ts' },
      source: 'genesys-api.md §5.1 (the name filter is partial; clients match exact name and integrationId), §13 (data source: "action names are non-unique")',
    },
  },
  {
    id: 'fixture-orphan',
    severity: 'warning',
    family: 'repository',
    summary: 'A fixture file belongs to no definition (misnamed or left behind).',
    docs: {
      description:
        'A definition `NAME.json` reads its dry-run cases from `NAME.fixture.json` beside it. A fixture file whose definition is not among the files the `path` input matched never runs, so the cases someone wrote give no protection. When the names differ only in letter case, the hint names the definition. A file named like a fixture but holding fixture content under another name (`NAME.fixtures.json`) is read as a definition and gets this finding as an error.',
      bad: { note: '`Get-Order-Status.json` with its cases in `get-order-status.fixture.json`.', testedIn: 'test/pipeline/repository-rules.test.ts' },
      good: { note: 'The cases in `Get-Order-Status.fixture.json`.', testedIn: 'test/pipeline/repository-rules.test.ts' },
      source: 'genesys-runtime.md §10 (the dry run of fixture cases); README "Fixtures"',
    },
  },
  {
    id: 'fixture-invalid',
    severity: 'error',
    family: 'repository',
    summary: 'A fixture file or case is malformed.',
    docs: {
      description:
        'A fixture case gives the input of the action, the recorded response of the remote call and optionally the expected output or failing step. A case with unknown keys, a response that is not `{status, headers, body}`-shaped or an input that is not an object cannot be dry-run, so the definition\'s dry run fails and it is not deployed.',
      bad: { note: 'A fixture case with `"respone"` instead of `"response"`.', testedIn: 'test/pipeline/repository-rules.test.ts' },
      good: { note: 'The key spelt `"response"`.', testedIn: 'test/pipeline/repository-rules.test.ts' },
      source: 'genesys-runtime.md §10 (dry-run inputs: input, recorded response); README "Fixtures"',
    },
  },
];
