import type { RuleInfo } from './types.js';

const BODY_WITH_NOTE = (note: string) => `{"orderId": "$esc.jsonString(\${input.orderId})"#if("$!{input.note}" != ""), "note": ${note}#end}`;

/** The EXAMPLE_BASE input contract with one more required input, `name`, of contract type `type` (default `string`). */
const WITH_REQUIRED_INPUT = (name: string, type = 'string') => ({
  input: { inputSchema: { required: ['orderId', name], properties: { [name]: { type } } } },
});

/** Rules about the Velocity templates: requestUrlTemplate, headers, requestTemplate, successTemplate (genesys-runtime.md §3, §5, §9). */
export const TEMPLATE_RULES: RuleInfo[] = [
  {
    id: 'template-syntax',
    severity: 'error',
    family: 'templates',
    summary: 'A Velocity template does not parse.',
    docs: {
      description:
        'requestUrlTemplate, every header value, requestTemplate and successTemplate are Apache Velocity templates. A template that does not parse (an `#if` without `#end`, an unclosed `${`, a stray `#` or `$`) makes every execution of the action fail. The finding points at the offending character inside the template string, mapped back to the line and column of the file (escapes such as `\\"` and `\\n` in the JSON string are accounted for). Write `\\$` or `\\#` for a literal character.',
      bad: { patch: { config: { request: { requestTemplate: '{"orderId": "$esc.jsonString(${input.orderId})"#if("$!{input.note}" != ""), "note": "$esc.jsonString(${input.note})"}' } } }, note: '`#if` without `#end`' },
      good: { patch: {} },
      source: 'genesys-runtime.md §3.1 (the four Velocity fields); Velocity user guide https://velocity.apache.org/engine/2.3/user-guide.html',
    },
  },
  {
    id: 'input-reference-unknown',
    severity: 'error',
    family: 'templates',
    summary: 'A request template references an input that inputSchema does not declare.',
    docs: {
      description:
        'A `$input.x` reference in requestUrlTemplate, a header or the requestTemplate (any form: `${input.x}`, `$!{input.x}`, inside method calls, `#if` conditions and string literals) whose `x` is not a property of `contract.input.inputSchema`. The flow can only pass declared inputs, so Genesys renders the reference as its own text (`${input.x}`) or, with `$!`, as nothing: the request carries the wrong text. `rawRequest` (the whole input as JSON) and the reserved `orgId`/`integrationId` are built in. The message suggests the closest declared name (letter-case differences first). The body of a GET is not checked (Genesys does not send it).',
      bad: { patch: { config: { request: { requestUrlTemplate: 'https://api.example.com/orders/$esc.url(${input.orderID})' } } } },
      good: { patch: {} },
      source: 'genesys-runtime.md §3.2 (request context), §3.3 (missing references render as text)',
    },
  },
  {
    id: 'input-reference-case',
    severity: 'warning',
    family: 'templates',
    summary: 'A request template spells the input variable in another letter case (${INPUT.x}).',
    docs: {
      description:
        'The input variable written `$INPUT`, `$Input` …: Velocity variable names are case-sensitive, so stock Velocity treats it as an undefined variable and writes the reference literally (`/api/v2/conversations/${INPUT.ConversationID}/tags`). A published Genesys blueprint does this, and Genesys has not documented whether it resolves such names leniently, hence a warning rather than an error.',
      bad: { patch: { config: { request: { requestUrlTemplate: 'https://api.example.com/orders/$esc.url(${INPUT.orderId})' } } } },
      good: { patch: {} },
      source: 'genesys-runtime.md §3.3, §12 item 11; corpus negative-sentiment-callback__Update-External-Tag.custom.json',
    },
  },
  {
    id: 'optional-input-unguarded',
    severity: 'warning',
    family: 'templates',
    summary: 'An optional input is written without $! or an #if guard; Genesys sends ${input.x} literally when it is empty.',
    docs: {
      description:
        'An input that is not in `inputSchema.required` is written with `$`/`${}` outside a guard. When the flow leaves it empty, Velocity writes the reference text itself, so the URL, header or body literally contains `${input.x}`. Also a call such as `$esc.jsonString(${input.x})` is then written as its own text. Guards: a quiet outer reference (`$!{input.x}`, `$!esc.url(…)`) or an enclosing `#if($input.x)` / `#if("$!{input.x}" != "")`. When inputSchema has no `required` list at all the findings are `info` (no input was made optional on purpose; declare `required`).',
      bad: { patch: { config: { request: { requestTemplate: '{"orderId": "$esc.jsonString(${input.orderId})", "note": "$esc.jsonString(${input.note})"}' } } } },
      good: { patch: {} },
      source: 'genesys-runtime.md §3.3, §9 item 9, §11 (request-side table)',
    },
  },
  {
    id: 'json-string-unescaped',
    severity: 'warning',
    family: 'templates',
    summary: 'A text input is written inside a JSON string of the request body without $esc.jsonString.',
    docs: {
      description:
        'A `string` (or untyped) input written between the quotes of a JSON string in a JSON request body, without `$esc.jsonString`/`$esc.jsonEncode`. Genesys sends the rendered body as is: a double quote, backslash or line break in the value (`He said "hi"`) ends the string early and the remote side rejects the body. Identifier inputs (names ending in `id`/`Id`/`ID`) and enums of safe values are not reported.',
      bad: { patch: { config: { request: { requestTemplate: BODY_WITH_NOTE('"${input.note}"') } } } },
      good: { patch: {} },
      source: 'genesys-runtime.md §3.6, §9 item 7, §11; help article "Velocity macros for data actions" https://help.mypurecloud.com/articles/velocity-macros-data-actions/',
    },
  },
  {
    id: 'input-type-quoted',
    severity: 'warning',
    family: 'templates',
    summary: 'An integer, number or boolean input is written inside quotes in a JSON request body, so the API receives a string.',
    docs: {
      description:
        'An input whose contract type is `integer`, `number` or `boolean`, written as the whole content of a JSON string in a JSON request body: `"qty": "${input.qty}"`. Genesys renders the template as text and sends it as is, so the API receives `"qty": "5"` — a string where the input contract promises a number (`"true"` for a boolean) — and a strict API rejects it or reads it differently. Write the reference without quotes (`"qty": ${input.qty}`; an optional input then needs an `#if` guard, since an empty reference would leave no value). Not reported: text around the reference (`"label": "Qty ${input.qty}"` builds a string on purpose), a property name, and calls such as `$esc.jsonString(${input.qty})`. Some APIs do expect such values as text, hence a warning.',
      bad: { patch: { config: { request: { requestTemplate: '{"orderId": "$esc.jsonString(${input.orderId})", "quantity": "${input.quantity}"}' } }, contract: WITH_REQUIRED_INPUT('quantity', 'integer') } },
      good: { patch: { config: { request: { requestTemplate: '{"orderId": "$esc.jsonString(${input.orderId})", "quantity": ${input.quantity}}' } }, contract: WITH_REQUIRED_INPUT('quantity', 'integer') } },
      source: 'genesys-runtime.md §3.6 (the body is sent as rendered), §9 item 10; ../shared/oracle: `"qty": "${input.qty}"` with qty 5 renders `"qty": "5"`',
    },
  },
  {
    id: 'esc-javascript-json',
    severity: 'warning',
    family: 'templates',
    summary: "$esc.javascript escapes a value for JSON; it writes \\' which JSON does not allow.",
    docs: {
      description:
        "`$esc.javascript(…)` in a JSON request body (or a header value written as JSON). The velocity-tools EscapeTool escapes for JavaScript string literals and writes an apostrophe as `\\'`, which is not a JSON escape: a value such as `O'Brien` makes the body invalid JSON. `$esc.jsonString` / `$esc.jsonEncode` are the JSON escapers.",
      bad: { patch: { config: { request: { requestTemplate: BODY_WITH_NOTE('"$esc.javascript(${input.note})"') } } } },
      good: { patch: {} },
      source: 'EscapeTool.javascript, https://velocity.apache.org/tools/3.1/apidocs/org/apache/velocity/tools/generic/EscapeTool.html; genesys-runtime.md §3.6, §3.7',
    },
  },
  {
    id: 'url-input-unencoded',
    severity: 'warning',
    family: 'templates',
    summary: 'A text input is written into the URL path or query without $esc.url/$esc.uriEncode.',
    docs: {
      description:
        'Genesys does not encode values inserted into requestUrlTemplate. A text input written into the path or query as is breaks the URL when the value holds a space, `+` (an E.164 number arrives with a space), `/`, `?`, `#` or `&`. Use `$esc.uriEncode(…)` in a path and `$esc.url(…)` or `$esc.uriEncode(…)` in a query. Identifier inputs (names ending in `id`/`Id`/`ID`, the most common URL inputs), numbers, booleans, URL-safe enums and the host part are not reported.',
      bad: { patch: { config: { request: { requestUrlTemplate: 'https://api.example.com/orders/$esc.url(${input.orderId})?customer=${input.customer}' } }, contract: WITH_REQUIRED_INPUT('customer') } },
      good: { patch: { config: { request: { requestUrlTemplate: 'https://api.example.com/orders/$esc.url(${input.orderId})?customer=$esc.url(${input.customer})' } }, contract: WITH_REQUIRED_INPUT('customer') } },
      source: 'genesys-runtime.md §3.4, §9 item 8; help article "URI (URL) form encoding for data actions" https://help.mypurecloud.com/?p=296518',
    },
  },
  {
    id: 'foreach-trailing-comma',
    severity: 'error',
    family: 'templates',
    summary: 'A #foreach in a JSON request body writes a trailing (or leading) comma.',
    docs: {
      description:
        'A `#foreach` in a JSON request body writes `,` after every item — also after the last one — and the array or object closes right after the loop (or writes it before every item right after `[`/`{`). The body is then invalid JSON whenever the loop runs, and Genesys sends it as is. Write the separator as `#if($foreach.hasNext),#end`; a comma inside any `#if` counts as guarded.',
      bad: {
        patch: {
          config: { request: { requestTemplate: '{"orderId": "$esc.jsonString(${input.orderId})", "tags": [#foreach($t in $input.tags.split(","))"$esc.jsonString($t)",#end]}' } },
          contract: WITH_REQUIRED_INPUT('tags'),
        },
      },
      good: {
        patch: {
          config: { request: { requestTemplate: '{"orderId": "$esc.jsonString(${input.orderId})", "tags": [#foreach($t in $input.tags.split(","))"$esc.jsonString($t)"#if($foreach.hasNext),#end#end]}' } },
          contract: WITH_REQUIRED_INPUT('tags'),
        },
      },
      source: 'genesys-runtime.md §3.6, §3.7 ($foreach.hasNext), §9 item 15',
    },
  },
  {
    id: 'request-body-json',
    severity: 'error',
    family: 'templates',
    summary: 'The request body cannot render valid JSON for a JSON Content-Type.',
    docs: {
      description:
        'For a POST, PUT or PATCH whose Content-Type is JSON (or not set), the requestTemplate is rendered the way Genesys renders it, with sample inputs — every input set, then the optional inputs left out — and parsed as JSON. Genesys does not check the body before sending it; the remote side answers 400 and the action fails. Error when no sample gives valid JSON (reported at the parse error, mapped back into the template), warning naming the sample when only some do. Text inputs written outside JSON strings are taken to carry JSON supplied by the flow.',
      bad: { patch: { config: { request: { requestTemplate: '{"orderId": "$esc.jsonString(${input.orderId})"}"' } } }, note: 'a stray quote after the closing brace, as in a published export' },
      good: { patch: {} },
      source: 'genesys-runtime.md §3.6, §9 item 16; corpus purplenet__Update-Data-Table-Row.json',
    },
  },
];
