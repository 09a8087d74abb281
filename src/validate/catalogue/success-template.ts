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
];
