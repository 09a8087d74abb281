/**
 * JSON Schema (draft-07, for ajv) of a definition document in export or API shape.
 *
 * Sources: PostActionInput / ActionConfig / RequestConfig / ResponseConfig fields and limits
 * (genesys-api.md §4.2, §4.4: name and category 1–256 characters, timeoutSeconds 1–60,
 * requestType GET|PUT|POST|PATCH|DELETE as Terraform validates it) and the export shape (§9).
 * `requestType` membership is checked by its own rule (`request-type`) for a better message, so
 * the schema only requires a string here; the same goes for `integrationType` (rule
 * `integration-type`, which also reports an empty one). Server-only fields (`id`, `version`,
 * `selfUri`, `*Uri`) and this tool's own `suppress` are allowed and ignored.
 */
export const DEFINITION_SCHEMA = {
  type: 'object',
  required: ['name', 'config', 'contract'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 256 },
    category: { type: 'string', minLength: 1, maxLength: 256 },
    integrationType: { type: 'string' },
    integrationId: { type: 'string' },
    actionType: { type: 'string' },
    secure: { type: 'boolean' },
    config: {
      type: 'object',
      required: ['request'],
      properties: {
        timeoutSeconds: { type: 'integer', minimum: 1, maximum: 60 },
        request: {
          type: 'object',
          required: ['requestUrlTemplate', 'requestType'],
          properties: {
            requestUrlTemplate: { type: 'string', minLength: 1 },
            requestType: { type: 'string' },
            headers: { type: 'object', additionalProperties: { type: 'string' } },
            requestTemplate: { type: 'string' },
          },
        },
        response: {
          type: 'object',
          properties: {
            translationMap: { type: 'object', additionalProperties: { type: 'string' } },
            translationMapDefaults: { type: 'object', additionalProperties: { type: 'string' } },
            successTemplate: { type: 'string' },
          },
        },
      },
    },
    contract: {
      type: 'object',
      required: ['input', 'output'],
      properties: {
        input: { type: 'object', required: ['inputSchema'], properties: { inputSchema: { type: 'object' } } },
        output: { type: 'object', required: ['successSchema'], properties: { successSchema: { type: 'object' } } },
      },
    },
  },
} as const;
