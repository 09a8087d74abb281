import type { RuleInfo } from './types.js';

/**
 * Rules that follow a value's JSON type from the translationMap through its position in the
 * successTemplate to the successSchema (genesys-runtime.md §5, §6, §9).
 */
export const TYPE_RULES: RuleInfo[] = [
  {
    id: 'output-type-mismatch',
    severity: 'error',
    family: 'types',
    summary: 'A translation value certainly has another JSON type than the output contract expects where it is written.',
    docs: {
      description:
        'Some paths decide the JSON type of their value: `length()` and `size()` give an integer, `sum()`, `avg()`, `min()`, `max()` and `stddev()` a Java double written with a fraction (`6.0`), `keys()` an array of names, and a function after a filter or wildcard one value per match. The rule follows that type through the successTemplate — bare, inside quotes (a number becomes a string), or unwrapped by `firstFromArray` — to the successSchema property at that position, and reports certain mismatches: `"itemCount": "${itemCount}"` with `$.order.items.length()` against an integer property, or `sum()` against an integer property (the validator judges integers by their text, so `6.0` fails). Genesys validates without coercion, so the action fails step 10 every time the path resolves. Paths without such a function have an unknown type and are not judged.',
      bad: { patch: { config: { response: { successTemplate: '{"status": ${status}, "itemCount": "${itemCount}", "firstItemId": ${firstItemId}}' } } } },
      good: { patch: { config: { response: { successTemplate: '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}}' } } } },
      source: 'genesys-runtime.md §5.2 (functions), §5.3, §6 (no coercion; integers judged lexically), §9 items 10 and 11; ../shared/oracle (json-path 2.10.0: `$.list.sum()` → `6.0`)',
    },
  },
];
