import type { RuleInfo } from './types.js';

/** Rules checked against the target org while planning and deploying (genesys-api.md). */
export const ORG_RULES: RuleInfo[] = [
  {
    id: 'target-integration',
    severity: 'error',
    family: 'org',
    summary: 'No single integration of the org can receive this definition.',
    docs: {
      description:
        'Every data action lives in an integration instance (`integrationId`). UI exports name only the integration *type*, so the target is chosen per org: the `integration` input, the definition\'s own `integrationId` when the org has it, else the org\'s only integration of the type. When the org has none of that type, several of it, or the definition\'s `integrationId` is of another type, deploying would either fail or guess; the definition is not planned.',
      bad: { note: 'A `custom-rest-actions` definition, in an org with two Web Services Data Actions integrations and no `integration` input.', testedIn: 'test/pipeline/org-rules.test.ts' },
      good: { note: 'The same run with `integration: Second Web Services`.', testedIn: 'test/pipeline/org-rules.test.ts' },
      source: 'genesys-api.md §8 (integrations, the parents of actions), §9 (exports carry integrationType, not integrationId)',
    },
  },
  {
    id: 'duplicate-remote-name',
    severity: 'error',
    family: 'org',
    summary: 'Several published actions in the target integration carry this name.',
    docs: {
      description:
        'Genesys Cloud allows several actions with the same name in one integration, and this tool matches definitions to actions by name. When the org already has two or more published actions with the definition\'s name in the target integration, which one to update is unknown, so none is touched.',
      bad: { note: 'The org holds two published actions named "Get User Presence" in Genesys Cloud Data Actions.', testedIn: 'test/pipeline/org-rules.test.ts' },
      good: { note: 'One of them renamed or deleted in Genesys Cloud.', testedIn: 'test/pipeline/org-rules.test.ts' },
      source: 'genesys-api.md §5.3 (no source shows a 409 on duplicate names), §13 (data source: "action names are non-unique")',
    },
  },
  {
    id: 'org-permission',
    severity: 'error',
    family: 'org',
    summary: 'The org refused a call with 403: the OAuth client lacks a permission (the hint names it).',
    docs: {
      description:
        'Plan reads integrations and actions; deploy also creates, edits, publishes and deletes drafts. Each call needs a permission of the OAuth client\'s role (`integrations:integration:view`, `integrations:action:view`, `integrations:action:add`, `integrations:action:edit`, `integrations:action:delete`); without it Genesys answers 403 `missing.permissions`. The finding names the call and the permission it needs. A draft created before the refusal is deleted, so nothing half-deployed remains.',
      bad: { note: 'Deploying with a client whose role has `integrations:action:view` but not `integrations:action:add`.', testedIn: 'test/pipeline/org-rules.test.ts' },
      good: { note: 'The role also grants `integrations:action:add`, `integrations:action:edit` and `integrations:action:delete`.', testedIn: 'test/pipeline/org-rules.test.ts' },
      source: 'genesys-api.md §5 (permissions per call), §12 (permissions and scopes), §3.3 (403 missing.permissions)',
    },
  },
  {
    id: 'org-conflict',
    severity: 'error',
    family: 'org',
    summary: 'The org answered 409 (version or name conflict): the action changed while this run deployed it.',
    docs: {
      description:
        'Drafts and publishes carry the version they were based on; when someone else changes the action or its draft in between, Genesys answers 409 (or 400 "does not match the current version"). This tool re-reads and retries once; when the conflict persists, or the published action changed since the plan, the deploy of that action stops, its draft is deleted and the published action stays as it was. Plan again and review the change before deploying.',
      bad: { note: 'Publishing is refused with 409 twice in a row while someone edits the action in the UI.', testedIn: 'test/pipeline/org-rules.test.ts' },
      good: { note: 'The same deploy once nobody else edits the action.', testedIn: 'test/pipeline/org-rules.test.ts' },
      source: 'genesys-api.md §5.4 (version conflicts: 409, 408, 400 "does not match the current version"), §5.6, §7 (draft/publish lifecycle)',
    },
  },
];
