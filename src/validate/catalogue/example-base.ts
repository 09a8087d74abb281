/**
 * The definition every `patch` example of docs/rules.md changes: a correct Web Services data
 * action (integrationType custom-rest-actions) that uses each part a rule can look at — a
 * required and an optional input, an input in the URL path, a JSON body with a guarded optional
 * input, a translationMap with a default, a successTemplate and a typed successSchema. It
 * produces no finding (test/validate/rule-examples.test.ts checks that).
 */
export const EXAMPLE_BASE = {
  name: 'Get Order Status',
  integrationType: 'custom-rest-actions',
  actionType: 'custom',
  config: {
    request: {
      requestUrlTemplate: 'https://api.example.com/orders/$esc.url(${input.orderId})',
      requestType: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      requestTemplate: '{"orderId": "$esc.jsonString(${input.orderId})"#if("$!{input.note}" != ""), "note": "$esc.jsonString(${input.note})"#end}',
    },
    response: {
      translationMap: { status: '$.order.status', itemCount: '$.order.items.length()', firstItemId: '$.order.items[0].id' },
      translationMapDefaults: { status: '"unknown"' },
      successTemplate: '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}}',
    },
  },
  contract: {
    input: {
      inputSchema: {
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'object',
        required: ['orderId'],
        properties: { orderId: { type: 'string' }, note: { type: 'string' } },
        additionalProperties: true,
      },
    },
    output: {
      successSchema: {
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'object',
        properties: { status: { type: 'string' }, itemCount: { type: 'integer' }, firstItemId: { type: 'string' } },
        additionalProperties: true,
      },
    },
  },
  secure: false,
} as const;

/**
 * RFC 7386 JSON merge patch: objects merge key by key, `null` deletes a key, anything else
 * replaces. Returns a new value; inputs are not changed.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const base: Record<string, unknown> = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete base[key];
    else base[key] = mergePatch(base[key], value);
  }
  return base;
}
