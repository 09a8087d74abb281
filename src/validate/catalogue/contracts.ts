import type { RuleInfo } from './types.js';

/** Rules about the input and output contracts (genesys-runtime.md §7). */
export const CONTRACT_RULES: RuleInfo[] = [
  {
    id: 'contract-schema',
    severity: 'error',
    family: 'contracts',
    summary: 'A contract (inputSchema / successSchema) is not a valid draft-04 JSON Schema object.',
    docs: {
      description:
        'Genesys validates inputs and outputs with a JSON Schema draft-04 validator and writes `"$schema": "http://json-schema.org/draft-04/schema#"` into every contract. A contract that is not a valid draft-04 schema (a misspelled type such as `"text"`, `"required": true` on a property, a number where a list is expected) is refused when the action is saved, or fails every run at step 2. Contracts are checked as draft-04 whatever their `$schema` says.',
      bad: { patch: { contract: { output: { successSchema: { properties: { status: { type: 'text' } } } } } } },
      good: { patch: { contract: { output: { successSchema: { properties: { status: { type: 'string' } } } } } } },
      source: 'genesys-runtime.md §6 (fge validator, draft-04), §7; JSON Schema draft-04, https://json-schema.org/draft-04/json-schema-validation',
    },
  },
  {
    id: 'contract-ref',
    severity: 'error',
    family: 'contracts',
    summary: 'A contract uses "$ref", which Genesys does not support.',
    docs: {
      description: 'Genesys contracts are self-contained: "Contracts do not support the $ref keyword". A `$ref` anywhere in either contract makes the draft invalid (step 2, "Validate draft definition"). Write the referenced schema inline.',
      bad: { patch: { contract: { output: { successSchema: { definitions: { status: { type: 'string' } }, properties: { status: { type: null, $ref: '#/definitions/status' } } } } } } },
      good: { patch: { contract: { output: { successSchema: { properties: { status: { type: 'string' } } } } } } },
      source: 'genesys-runtime.md §7.2; genesys-api.md §4.3; help article "Add contracts to custom actions for integrations", https://help.mypurecloud.com/?p=141876',
    },
  },
  {
    id: 'input-contract',
    severity: 'error',
    family: 'contracts',
    summary: 'The input contract is not a flat object of string/integer/number/boolean/null properties with valid names.',
    docs: {
      description:
        'The input contract must be a "simple properties schema": `"type": "object"` whose properties are strings, integers, numbers, booleans or null — no nested objects, no arrays — with names that start with a letter and hold only letters, digits, `-` and `_` (`^[a-zA-Z][a-zA-Z0-9_-]*$`). Genesys refuses anything else with "Failed Validation of contract.input.inputSchema as a simple properties schema. Must be an Object with properties and no sub-objects".',
      bad: { patch: { contract: { input: { inputSchema: { properties: { note: { type: 'object', properties: { text: { type: 'string' } } } } } } } } },
      good: { patch: { contract: { input: { inputSchema: { properties: { note: { type: 'string' } } } } } } },
      source: 'genesys-runtime.md §2 (step 2 error text), §7.1; help article "Add contracts to custom actions for integrations", https://help.mypurecloud.com/?p=141876',
    },
  },
  {
    id: 'input-reserved-name',
    severity: 'warning',
    family: 'contracts',
    summary: 'An input is named orgId, integrationId or rawRequest, which Genesys overwrites.',
    docs: {
      description:
        'Genesys fills the inputs `orgId`, `integrationId` and `rawRequest` itself (`${input.rawRequest}` is the whole input as JSON, the default request body). An input contract property of that name is overwritten, so the value a flow passes in never reaches the request.',
      bad: { patch: { contract: { input: { inputSchema: { properties: { orgId: { type: 'string' } } } } } } },
      good: { patch: { contract: { input: { inputSchema: { properties: { customerOrgId: { type: 'string' } } } } } } },
      source: 'genesys-runtime.md §3.2, §7.1; help article "Add contracts to custom actions for integrations", https://help.mypurecloud.com/?p=141876',
    },
  },
  {
    id: 'output-nested-array',
    severity: 'error',
    family: 'contracts',
    summary: 'The output contract has an array whose items are arrays; Genesys output contracts do not support nested arrays.',
    docs: {
      description:
        'Output contracts may hold objects, arrays and arrays of objects, but "the output contract does not support nested arrays": an array of arrays cannot be turned into flow variables. Wrap the inner array in an object (`items` of type object with an array property). JSONPath deep scans over arrays of arrays (`$..values`) produce exactly this shape.',
      bad: { patch: { contract: { output: { successSchema: { properties: { sizes: { type: 'array', items: { type: 'array', items: { type: 'integer' } } } } } } } } },
      good: { patch: { contract: { output: { successSchema: { properties: { sizes: { type: 'array', items: { type: 'object', properties: { values: { type: 'array', items: { type: 'integer' } } } } } } } } } } },
      source: 'genesys-runtime.md §6, §7.2, §9 item 12; genesys-api.md §4.3; help article "Add contracts to custom actions for integrations", https://help.mypurecloud.com/?p=141876',
    },
  },
  {
    id: 'contract-keyword-unsupported',
    severity: 'warning',
    family: 'contracts',
    summary: 'A contract uses a keyword Genesys ignores (later JSON Schema drafts) or flows cannot represent (oneOf, anyOf, allOf, not, patternProperties).',
    docs: {
      description:
        'Genesys validates contracts as JSON Schema draft-04. Keywords of later drafts that constrain a value (`const`, `if`/`then`/`else`, `contains`, `propertyNames`, `prefixItems`, `dependentRequired`, `unevaluatedProperties`, ...) are ignored by a draft-04 validator, so the constraint silently never applies. Schema combinations (`oneOf`, `anyOf`, `allOf`, `not`) and `patternProperties` are valid draft-04, but contracts describe flow variables by `type`, `properties` and `items`, and the input contract must be a simple properties schema: such a value has no usable shape in Architect.',
      bad: { patch: { contract: { output: { successSchema: { properties: { itemCount: { type: null, anyOf: [{ type: 'integer' }, { type: 'null' }] } } } } } } },
      good: { patch: { contract: { output: { successSchema: { properties: { itemCount: { type: 'integer' } } } } } } },
      source: 'genesys-runtime.md §6 (draft-04 validator), §7.1 (simple properties schema), §7.2 (keywords beyond draft-04 are ignored)',
    },
  },
  {
    id: 'contract-required-unknown',
    severity: 'error',
    family: 'contracts',
    summary: 'A "required" name is not among the contract\'s properties (error in the input contract, warning in the output contract).',
    docs: {
      description:
        'Draft-04 allows `required` to name a property that `properties` does not declare, but Architect offers a data action\'s declared inputs only: no flow can supply the undeclared one, so every call fails step 3 with "object has missing required properties". It is usually a renamed or misspelled input; the hint suggests the close match. In the output contract the same slip fails the output validation (step 10) unless the success template writes the name anyway, so it is a warning there.',
      bad: { patch: { contract: { input: { inputSchema: { required: ['orderId', 'customerId'] } } } } },
      good: { patch: { contract: { input: { inputSchema: { required: ['orderId'] } } } } },
      source: 'genesys-runtime.md §7.1 (step 3 validates the input against inputSchema), §6 (fge message "object has missing required properties"); the oracle (../shared/oracle) fails such a call at step 3',
    },
  },
];
