import type { RuleInfo } from './types.js';

/** Rules about translationMap paths and translationMapDefaults (genesys-runtime.md §4, §5, §9). */
export const TRANSLATION_MAP_RULES: RuleInfo[] = [
  {
    id: 'jsonpath-syntax',
    severity: 'error',
    family: 'translation-map',
    summary: 'A translationMap path is not a valid Jayway JsonPath.',
    docs: {
      description:
        'Genesys reads each translationMap path with Jayway JsonPath. A path Jayway\'s compiler rejects (an unclosed bracket or filter, `and` instead of `&&`), or one that calls a function Jayway does not have (`$.name.trim()`: "Function with name: trim does not exist."), can never resolve: the key always takes its translationMapDefaults value, or step 9 ("Resolve translation map") fails for every response. Inside a filter an unknown function yields nothing, so the filter never matches. Jayway\'s functions are `length() size() min() max() avg() stddev() sum() keys() first() last() index(n) concat() append()`. (The seed tutorial\'s "400 invalid JSONPath" at save time is not confirmed by the Genesys API documentation; the failure is certain at run time.)',
      bad: { patch: { config: { response: { translationMap: { firstItemId: '$.order.items[0.id' } } } } },
      good: { patch: { config: { response: { translationMap: { firstItemId: '$.order.items[0].id' } } } } },
      source: 'genesys-runtime.md §5.2, §5.4; Jayway JsonPath README (functions, operators), https://github.com/json-path/JsonPath',
    },
  },
  {
    id: 'jsonpath-js-habit',
    severity: 'error',
    family: 'translation-map',
    summary: 'A translationMap path uses a JavaScript JSONPath habit that Jayway rejects or reads differently.',
    docs: {
      description:
        'JavaScript JSONPath libraries (jsonpath-plus, jsonpath) accept things Jayway, the Java library Genesys uses, does not: `.length` without parentheses is a lookup of a property named "length" (arrays and strings have none: the default is used or step 9 fails; in a filter the item never matches) — Jayway writes `.length()`; JavaScript string methods in filters (`@.name.startsWith(\'A\')`, `.includes(…)`, `.toLowerCase() == …`) fail to compile or never match — Jayway writes `@.name =~ /A.*/`, `@.name contains \'x\'`, `@.name =~ /x/i` (`=~` must match the whole value); `.0` is a property named "0" — Jayway writes `[0]`; script expressions `[(@.length-1)]` do not exist — Jayway writes `[-1]`. `===` and `!==` are not reported: Jayway accepts them as type-safe comparisons. A response that really has a property named "length" is read with `[\'length\']`.',
      bad: { patch: { config: { response: { translationMap: { itemCount: '$.order.items.length' } } } } },
      good: { patch: { config: { response: { translationMap: { itemCount: '$.order.items.length()' } } } } },
      source: 'genesys-runtime.md §5.2 ("Differences from JS JSONPath libraries"), §9 item 14, §11 ("$.tags.length" → step 9 failure); verified with ../shared/oracle (json-path 2.10.0)',
    },
  },
  {
    id: 'jsonpath-bracket-key',
    severity: 'error',
    family: 'translation-map',
    summary: 'A key containing dots is written in dot notation, which splits it.',
    docs: {
      description:
        'Dot notation splits a path at every ".", so a key that contains dots cannot be written with it: `$.@odata.count` looks for a property `@odata`, and `$.urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager` looks for `urn:…:2` then `0:User`. The path never resolves, so the default is always used or step 9 fails. SCIM extension URNs and OData annotations are the usual cases; write them in bracket notation: `$[\'@odata.count\']`, `$[\'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\'].manager`.',
      bad: { patch: { config: { response: { translationMap: { itemCount: '$.@odata.count' } } } } },
      good: { patch: { config: { response: { translationMap: { itemCount: "$['@odata.count']" } } } } },
      source: 'genesys-runtime.md §5.2 (`$[\'@odata.count\']` vs `$.@odata.count`), §9 item 13',
    },
  },
  {
    id: 'default-key-unknown',
    severity: 'warning',
    family: 'translation-map',
    summary: 'A translationMapDefaults key has no translationMap entry.',
    docs: {
      description:
        'translationMapDefaults is keyed like translationMap: a default replaces the result of the path with the same key when that path cannot be resolved. A default whose key is not a translationMap key is never used — usually a misspelt or differently cased key, which leaves the intended key without a default, so step 9 fails when its path misses.',
      bad: { patch: { config: { response: { translationMapDefaults: { status: null, Status: '"unknown"' } } } } },
      good: { patch: { config: { response: { translationMapDefaults: { status: '"unknown"' } } } } },
      source: 'genesys-runtime.md §5.4; help article "Response configuration for data actions", https://help.mypurecloud.com/articles/response-configuration-data-actions/',
    },
  },
  {
    id: 'default-not-json',
    severity: 'error',
    family: 'translation-map',
    summary: 'A default is not JSON text, so the output is invalid JSON when it is used.',
    docs: {
      description:
        'A translationMapDefaults value is JSON text that Genesys inserts verbatim where the successTemplate writes the key: a string needs its own quotes (`"\\"unknown\\""` in the file), a number is bare (`"0"`), an empty list is `"[]"`. Bare text such as `unknown`, `Not Found` or an empty string makes the output invalid JSON exactly when the path misses, so tests with happy data pass and production fails at step 10. The rule looks at how the key is used: inside a JSON string of the template plain text is fine; as the array argument of `firstFromArray` a non-array is only a warning (that function\'s handling of it is unknown); a default the path can never use (a path starting with `..` or `[*]` never fails) is a warning. The second argument of `$successTemplateUtils.firstFromArray` is a default too and is checked the same way.',
      bad: { patch: { config: { response: { translationMapDefaults: { status: 'unknown' } } } } },
      good: { patch: { config: { response: { translationMapDefaults: { status: '"unknown"' } } } } },
      source: 'genesys-runtime.md §5.4, §9 item 2, §11 (default `"?"` → step 10 invalid JSON); ../shared/oracle examples/17-unquoted-default.json; corpus automated-callback__Get-interaction-state.custom.json',
    },
  },
  {
    id: 'default-type-mismatch',
    severity: 'error',
    family: 'translation-map',
    summary: 'A default has another JSON type than the output contract property it lands in.',
    docs: {
      description:
        'When a path misses, its default becomes the value written by the successTemplate, and the output is validated against successSchema without coercion: `null` fails a `string` property, `"Not Found"` fails an `array` property, `0` fails a `string` property. The failure appears only when the default is used (step 10, "instance type (null) does not match any allowed primitive type"). Followed through the template: `${key}` as a JSON value, the first element of the default when the template uses `firstFromArray(${key})`, and the second argument of `firstFromArray` (used when the array is empty). A default that is not an array where `firstFromArray` expects one is a warning (Genesys\'s handling of it is unknown).',
      bad: { patch: { config: { response: { translationMapDefaults: { status: 'null' } } } } },
      good: { patch: { config: { response: { translationMapDefaults: { status: '"unknown"' } } } } },
      source: 'genesys-runtime.md §5.4, §6 (no coercion, fge messages), §9 item 3; corpus purplenet__Get-Oldest-Call-Waiting-Use-Within-Script.json',
    },
  },
  {
    id: 'indefinite-path-scalar',
    severity: 'error',
    family: 'translation-map',
    summary: 'An indefinite path (always an array) is written into a non-array output property.',
    docs: {
      description:
        'A path with a filter `[?(…)]`, a wildcard `[*]`, a deep scan `..`, a slice `[a:b]` or a union `[0,1]` is indefinite: Jayway returns a JSON array for it, even for a single match (`["c-1"]`) or none (`[]`). Written as is into a string, number, boolean or object property of the output, it fails validation every time the path resolves. Take the first element with `$successTemplateUtils.firstFromArray("${key}", "<default>")`, or use a definite path (`[0]`). A function after the indefinite part applies per element: `$.a[?(…)].b.length()` is a list of lengths.',
      bad: { patch: { config: { response: { translationMap: { firstItemId: '$.order.items[?(@.available == true)].id' } } } } },
      good: {
        patch: {
          config: {
            response: {
              translationMap: { firstItemId: '$.order.items[?(@.available == true)].id' },
              successTemplate: '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${successTemplateUtils.firstFromArray("${firstItemId}", "$esc.quote$esc.quote")}}',
            },
          },
        },
      },
      source: 'genesys-runtime.md §5.2 ("Definite vs indefinite"), §5.6, §9 items 4 and 5',
    },
  },
  {
    id: 'deep-scan-nested-array',
    severity: 'warning',
    family: 'translation-map',
    summary: 'A deep scan collects arrays, giving an array of arrays.',
    docs: {
      description:
        'A deep scan that ends on a property holding arrays (`$..messages`) returns one array per match: an array of arrays, which an output contract cannot describe (nested arrays are not supported). Flatten with a wildcard (`$..messages[*]`) or read one array with a definite path. The rule reports it when the property is known to hold arrays: the same translationMap indexes, filters or counts it, or it is a Genesys Cloud API array that published exports index (entities, results, participants, conversations, messages …).',
      bad: {
        patch: {
          config: { response: { translationMap: { allItems: '$..items' }, successTemplate: '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}, "allItems": ${allItems}}' } },
          contract: { output: { successSchema: { properties: { allItems: { type: 'array', items: { type: 'object' } } } } } },
        },
      },
      good: {
        patch: {
          config: { response: { translationMap: { allItems: '$..items[*]' }, successTemplate: '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}, "allItems": ${allItems}}' } },
          contract: { output: { successSchema: { properties: { allItems: { type: 'array', items: { type: 'object' } } } } } },
        },
      },
      source: 'genesys-runtime.md §5.2 (`$..messages` on nested arrays), §6 (nested arrays not supported), §9 item 12; help article "Add contracts to custom actions for integrations", https://help.mypurecloud.com/?p=141876',
    },
  },
];
