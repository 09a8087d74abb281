import type { RuleInfo } from './types.js';

/** Rules about the shape of a definition and the limits of the Genesys Cloud API (genesys-api.md). */
export const STRUCTURE_RULES: RuleInfo[] = [
  {
    id: 'structure',
    severity: 'error',
    family: 'structure',
    summary: 'A required field is missing or a field has the wrong type or length.',
    docs: {
      description:
        'The file must be a JSON object with the fields Genesys requires, of the right types: `name` (1–256 characters), `config.request.requestUrlTemplate` and `requestType`, `contract.input.inputSchema` and `contract.output.successSchema` (objects); `category` when present is 1–256 characters; headers, translation-map paths and defaults are strings; `secure` is a boolean; `config.timeoutSeconds`, when set, is a whole number of seconds from 1 to 60 (Genesys\' execution timeout; 60 when unset). Genesys refuses to save a definition that breaks these limits. Other rules run only once the structure is sound.',
      bad: { patch: { config: { timeoutSeconds: 90 } }, note: 'a timeout beyond the 60-second limit' },
      good: { patch: { config: { timeoutSeconds: 30 } } },
      source: 'genesys-api.md §4.2 (timeoutSeconds 1–60), §4.4 (PostActionInput: name and category ≤256, required fields); help article "Add configuration to custom actions for integrations", https://help.mypurecloud.com/?p=141921',
    },
  },
  {
    id: 'key-case',
    severity: 'error',
    family: 'structure',
    summary: 'A key differs from a Genesys field only in letter case ("Secure"); Genesys would ignore it.',
    docs: {
      description:
        'Genesys field names are case-sensitive and unknown members are dropped without a word. `"Secure": true` therefore deploys a non-secure action, and `"RequestTemplate"` leaves the default body `${input.rawRequest}` in place. A key that matches a Genesys field except for letter case is always such a slip.',
      bad: { patch: { secure: null, Secure: true } },
      good: { patch: { secure: true } },
      source: 'genesys-api.md §4.1–§4.4 (field names of Action, ActionConfig, RequestConfig, ResponseConfig, ActionContract)',
    },
  },
  {
    id: 'unknown-key',
    severity: 'warning',
    family: 'structure',
    summary: 'A key that is not a Genesys field; Genesys would ignore it.',
    docs: {
      description:
        'A member that is not part of the Genesys action model is ignored by the API, so a typo (`translationMapDefault`) or a field in the wrong place (`timeoutSeconds` under `config.request` instead of `config`) silently changes what is deployed. The hint names the closest field or where the key belongs. Contract schemas, headers and translation maps hold your own names and are not checked. The top-level `suppress` object (inline rule suppressions, README "Configuring rules") is this tool\'s own and is never sent to Genesys.',
      bad: { patch: { config: { request: { timeoutSeconds: 10 } } }, note: 'timeoutSeconds under config.request' },
      good: { patch: { config: { timeoutSeconds: 10 } } },
      source: 'genesys-api.md §4.1–§4.3 (Action, ActionConfig, RequestConfig, ResponseConfig, ActionContract), §9 (export file fields)',
    },
  },
  {
    id: 'integration-type',
    severity: 'warning',
    family: 'structure',
    summary: 'integrationType is not a Genesys Cloud data-action integration type (info: the definition names none).',
    docs: {
      description:
        'A UI export names the integration type its action belongs to (`custom-rest-actions` for Web Services, `purecloud-data-actions` for Genesys Cloud Data Actions, also `function-data-actions`, `aws-lambda-data-actions`, `salesforce-datadip`, `zendesk-data-actions`, `microsoft-dynamics-data-actions`). The plan deploys to the org\'s integration of that type, so an unknown id finds none (the plan then fails with `target-integration`). Wizard keys such as `ws-data-actions` or `gc-data-actions` are not type ids. A definition with neither `integrationType` nor `integrationId` gets an info finding: its URL cannot be checked and the `integration` input must name the target.',
      bad: { patch: { integrationType: 'ws-data-actions' } },
      good: { patch: { integrationType: 'custom-rest-actions' } },
      source: 'genesys-api.md §8.1 (integration types relevant to data actions), §9 (export format)',
    },
  },
  {
    id: 'request-type',
    severity: 'error',
    family: 'structure',
    summary: 'config.request.requestType is not GET, PUT, POST, PATCH or DELETE.',
    docs: {
      description:
        'Genesys data actions send one of five HTTP methods, written in upper case. Anything else (`post`, `HEAD`, `OPTIONS`) is refused when the action is saved, and the dry run stops at step 2 ("Validate draft definition").',
      bad: { patch: { config: { request: { requestType: 'post' } } } },
      good: { patch: { config: { request: { requestType: 'POST' } } } },
      source: 'genesys-api.md §4.2 (requestType, validated GET|PUT|POST|PATCH|DELETE by the Terraform provider); genesys-runtime.md §10 step 2',
    },
  },
  {
    id: 'request-url-scheme',
    severity: 'error',
    family: 'structure',
    summary: 'A Web Services (custom-rest-actions) requestUrlTemplate is not an absolute https:// URL (warning for http://).',
    docs: {
      description:
        'A Web Services data action calls a remote endpoint, so `requestUrlTemplate` must render an absolute URL; `https://` is what Genesys documents for this integration. A relative `/api/v2/...` path only works in the Genesys Cloud Data Actions integration, and a placeholder left from a blueprint (`[YOUR SERVER]/send`) cannot be sent at all: both are errors. A plain `http://` URL is a warning: the request and any credentials in it travel unencrypted, and Genesys may refuse it. A URL that starts with a reference (`${input.baseUrl}/orders`, `${credentials.loginUrl}`) is only known at run time and is not checked.',
      bad: { patch: { config: { request: { requestUrlTemplate: '/orders/$esc.url(${input.orderId})' } } } },
      good: { patch: { config: { request: { requestUrlTemplate: 'https://api.example.com/orders/$esc.url(${input.orderId})' } } } },
      source: 'genesys-api.md §4.2 (requestUrlTemplate), §8.1 (custom-rest-actions: absolute HTTPS URLs); genesys-runtime.md §3.4',
    },
  },
  {
    id: 'request-url-path',
    severity: 'error',
    family: 'structure',
    summary: 'A Genesys Cloud Data Actions (purecloud-data-actions) requestUrlTemplate is not a /api/v2/... path.',
    docs: {
      description:
        'The Genesys Cloud Data Actions integration calls the org\'s own Platform API with the integration\'s OAuth client: `requestUrlTemplate` is a path relative to the org\'s API host, `/api/v2/...`. An absolute URL (even `https://api.mypurecloud.com/api/v2/...`) or another path does not reach the Platform API; the hint gives the path to keep. To call any other host, use a Web Services (`custom-rest-actions`) integration. A URL that starts with a reference is not checked.',
      bad: { patch: { integrationType: 'purecloud-data-actions', config: { request: { requestUrlTemplate: 'https://api.mypurecloud.com/api/v2/users/$esc.url(${input.orderId})' } } } },
      good: { patch: { integrationType: 'purecloud-data-actions', config: { request: { requestUrlTemplate: '/api/v2/users/$esc.url(${input.orderId})' } } } },
      source: 'genesys-api.md §4.2 (relative platform path for purecloud-data-actions), §8.1, §9 (export example); genesys-runtime.md §3.4',
    },
  },
  {
    id: 'accept-header',
    severity: 'error',
    family: 'structure',
    summary: 'An Accept header that is not a JSON media type; Genesys refuses to save the action.',
    docs: {
      description:
        'Data actions read JSON responses only. When an `Accept` header is set (in any letter case), its value must be a JSON media type (`application/json`, `application/vnd.api+json`, ...); otherwise Genesys refuses to save the action with 400 INVALID_SCHEMA "The \'Accept\' header only supports json content types when specified".',
      bad: { patch: { config: { request: { headers: { Accept: 'text/xml' } } } } },
      good: { patch: { config: { request: { headers: { Accept: 'application/json' } } } } },
      source: 'genesys-api.md §4.2; genesys-runtime.md §3.5; help article "Data action returns a 400 error", https://help.mypurecloud.com/?p=266465',
    },
  },
  {
    id: 'name-characters',
    severity: 'error',
    family: 'structure',
    summary: 'The name or category contains control characters (line breaks, tabs, ...).',
    docs: {
      description:
        'Action names and categories appear in Architect menus, in the plan, in pull-request comments and in the job log. A line break, tab or other control character has no place there: it makes the action hard to find in Architect, and in the job log it could forge GitHub workflow commands. The finding points at the character.',
      bad: { patch: { name: 'Get Order\nStatus' } },
      good: { patch: { name: 'Get Order Status' } },
      source: 'genesys-api.md §4.4 (name, category); GitHub workflow commands, https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions',
    },
  },
  {
    id: 'name-whitespace',
    severity: 'warning',
    family: 'structure',
    summary: 'The name or category starts or ends with white space.',
    docs: {
      description:
        'Actions are matched to the org by exact name, and the Genesys UI shows `"Get Order Status "` and `"Get Order Status"` the same way. A stray space therefore creates a second action that looks like the first, and the plan shows the original as not in the repository.',
      bad: { patch: { name: 'Get Order Status ' } },
      good: { patch: { name: 'Get Order Status' } },
      source: 'genesys-api.md §4.4 (name), §5.1 (actions listed and matched by name)',
    },
  },
  {
    id: 'export-suffix',
    severity: 'warning',
    family: 'structure',
    summary: 'The name carries the UI export suffix " - Exported <date> @ <time>".',
    docs: {
      description:
        'The Genesys UI appends " - Exported YYYY-MM-DD @ HH:MM" to the name of every exported action. This tool deploys the name without the suffix, so the org\'s action is matched correctly, but the file then disagrees with what is deployed, and a second export of the same action gets a different name. Remove the suffix in the file.',
      bad: { patch: { name: 'Get Order Status - Exported 2024-11-19 @ 14:10' } },
      good: { patch: { name: 'Get Order Status' } },
      source: 'genesys-api.md §9 (newer UI exports append a timestamp to name)',
    },
  },
];
