import type { RuleInfo } from './types.js';

/** Template rules about the successTemplate (genesys-runtime.md §5, §9). */
export const SUCCESS_TEMPLATE_RULES: RuleInfo[] = [
  {
    id: 'success-reference-unknown',
    severity: 'error',
    family: 'templates',
    summary: 'The successTemplate references a name that is not a translationMap key, rawResult, a tool or a template variable.',
    docs: {
      description:
        'Genesys renders the successTemplate in Velocity\'s strict reference mode. Its context holds the translationMap keys, `rawResult` and the tools (`$esc`, `$math`, `$encoding`, `$successTemplateUtils`, `$urlTool`), plus variables the template sets itself (`#set`, `#foreach`, macro parameters). Any other name — a typo, a different letter case, a key missing from the translationMap — fails step 10 for every response: "Variable $X has not been set at successTemplate[line L, column C]", also with `$!{…}`. Only a plain reference as an `#if` condition (`#if($x)`) is tolerated. `$input`, `$credentials` and `$authResponse` are reported as warnings: whether Genesys exposes them there is unknown, and the dry run does not.',
      bad: { patch: { config: { response: { successTemplate: '{"status": ${Status}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}}' } } } },
      good: { patch: { config: { response: { successTemplate: '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}}' } } } },
      source: 'genesys-runtime.md §3.1, §5.5, §9 item 6; DataActionsWorkshop error text (S-WORKSHOP); ../shared/oracle examples/10-strict-undefined.json',
    },
  },
  {
    id: 'quoted-translation-reference',
    severity: 'error',
    family: 'templates',
    summary: 'A translation value is written inside a JSON string of the successTemplate.',
    docs: {
      description:
        'Translation values enter the successTemplate as JSON text: a string value arrives with its quotes. Written inside a JSON string literal (`"status": "${status}"`), it renders `"status": ""shipped""`, invalid JSON, and step 10 fails; an array or object breaks the string the same way. Write the reference without quotes: `"status": ${status}`. Not reported: values the path makes numbers or booleans (`length()`, `sum()`: quoting them makes a string, which `output-type-mismatch` checks), references inside a Velocity string argument (`firstFromArray("${ids}")`), and `"$esc.jsonString(${x})"`, which deliberately stores the value\'s JSON text in a string (always valid JSON).',
      bad: { patch: { config: { response: { successTemplate: '{"status": "${status}", "itemCount": ${itemCount}, "firstItemId": ${firstItemId}}' } } } },
      good: { patch: { config: { response: { successTemplate: '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}}' } } } },
      source: 'genesys-runtime.md §5.3, §9 item 1, §11 (`{"n": "${name}"}` → step 10 invalid JSON); ../shared/oracle examples/09-quoted-reference-invalid-json.json',
    },
  },
  {
    id: 'translation-value-comparison',
    severity: 'warning',
    family: 'templates',
    summary: 'A successTemplate directive compares a translation value with a string literal that can never equal its JSON text.',
    docs: {
      description:
        'Translation values enter the successTemplate as the JSON text of the response value: a string arrives with its quotes. So `#if(${status} == "shipped")`, `#elseif($status != \'x\')` or `#if($status.equals("shipped"))` compares `"shipped"` (quotes included) with `shipped`: `==`, `.equals` and `.equalsIgnoreCase` are always false, `!=` always true, and the template silently takes the wrong branch. Reported when the literal is not JSON text. Not reported: comparing a number, boolean or null value with its JSON text (`$count == "3"`, `$vip == "true"`, `$x == "null"` work), `.contains(…)` (a substring is still found), a key the template reassigns with `#set`, and a literal equal to the key\'s translationMapDefaults text. Fix: compare with the JSON text in a single-quoted Velocity string (`$status == \'"shipped"\'`; inside double quotes Velocity writes a quote twice, `"""shipped"""`, and `"\\"shipped\\""` does not parse), strip the quotes first (`$status.replace(\'"\',\'\') == "shipped"`), or write the value into the output and let the flow compare.',
      bad: { patch: { config: { response: { successTemplate: '{"status": ${status}, "shipped": #if(${status} == "shipped")true#{else}false#end, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}}' } } } },
      good: { patch: { config: { response: { successTemplate: '{"status": ${status}, "shipped": #if(${status} == \'"shipped"\')true#{else}false#end, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}}' } } } },
      source: 'genesys-runtime.md §5.3 (values are JSON text; `$x.replace(\'"\',\'\')` strips the quotes), §9 item 17; ../shared/oracle: with status "ok", `$status == "ok"` and `$status.equals("ok")` are false, `$status == \'"ok"\'` is true',
    },
  },
  {
    id: 'first-from-array-no-default',
    severity: 'warning',
    family: 'templates',
    summary: 'firstFromArray of an indefinite path has no default: an empty array writes nothing and the output is invalid JSON.',
    docs: {
      description:
        '`${successTemplateUtils.firstFromArray(${x})}` written as a JSON property value, where translationMap `x` is an indefinite path (filter, wildcard, deep scan, slice). Jayway returns an empty array when nothing matches, and firstFromArray of an empty array without a second argument writes nothing: the output reads `{"firstItemId": }` and step 10 fails on invalid JSON — typically only in production, when a filter finds nothing. Pass the JSON text to write instead as second argument: the corpus idiom `"$esc.quote$esc.quote"` (an empty string), `"0"` for a number, `"null"`. Not reported: calls with a default, inside a JSON string or an array, and definite paths.',
      bad: { patch: { config: { response: { translationMap: { firstItemId: "$.order.items[?(@.state == 'open')].id" }, successTemplate: '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${successTemplateUtils.firstFromArray("${firstItemId}")}}' } } } },
      good: { patch: { config: { response: { translationMap: { firstItemId: "$.order.items[?(@.state == 'open')].id" }, successTemplate: '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${successTemplateUtils.firstFromArray("${firstItemId}", "$esc.quote$esc.quote")}}' } } } },
      source: 'genesys-runtime.md §5.2 (indefinite paths return a list, possibly empty), §5.6 (empty array and no default); ../shared/oracle policy "firstFromArray"; corpus purplenet__Get-Schedule-Details.json with the response `{"entities": []}`: oracle step 10 "Rendered text is not valid JSON"',
    },
  },
];
