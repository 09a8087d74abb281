/**
 * Response-side rules on translationMap paths: jsonpath-syntax (unknown functions),
 * jsonpath-js-habit, jsonpath-bracket-key, indefinite-path-scalar, deep-scan-nested-array.
 * Jayway behaviour quoted in comments was read from ../shared/oracle (json-path 2.10.0) with a
 * translationMap of one key and the body named in the comment; the runtime facts are those of
 * ../shared/docs/genesys-runtime.md §5.2 and §9.
 */
import { describe, expect, it } from 'vitest';
import { corpusJson, corpusText } from '../support/corpus.js';
import { corpusHits, findingsOf, onlyFinding, validateText } from './support/findings.js';
import { charAt, exampleText, positionInValue, positionOf } from './support/response-side.js';

const withPath = (key: string, path: string, extra: Record<string, unknown> = {}) => exampleText({ config: { response: { translationMap: { [key]: path }, ...extra } } });

describe('jsonpath-js-habit', () => {
  it('reports .length without parentheses at the dot, with the Jayway form', () => {
    // oracle, body {"list":[1,2,3]}: $.list.length → step 9 "Expected to find an object with property ['length'] in path $['list'] but found 'net.minidev.json.JSONArray'"
    const path = '$.order.items.length';
    const text = withPath('itemCount', path);
    const f = onlyFinding(text, 'jsonpath-js-habit');
    expect(f).toMatchObject({ severity: 'error', pointer: '/config/response/translationMap/itemCount', ...positionInValue(text, '"itemCount": "', path, path.indexOf('.length')) });
    expect(charAt(text, f)).toBe('.');
    expect(f.message).toContain('".length" is read as a property named "length"');
    expect(f.hint).toContain('$.order.items.length()');
  });

  it('locates a JavaScript string method in a filter after escaped quotes, and names the =~ form', () => {
    // oracle: "@.name.startsWith('p')" → compile error "Arguments to function: 'startsWith' are not closed properly.";
    // "=~ /p.*/" matches "pat" while "=~ /p/" does not (Jayway matches the whole value)
    const path = '$.order.items[?(@.kind == "gift" && @.name.startsWith("A"))].id';
    const text = exampleText({ config: { response: { translationMap: { firstItemId: path }, successTemplate: '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${successTemplateUtils.firstFromArray("${firstItemId}", "$esc.quote$esc.quote")}}' } } });
    const findings = validateText(text).filter((x) => x.ruleId.startsWith('jsonpath'));
    expect(findings.map((x) => x.ruleId)).toEqual(['jsonpath-js-habit']);
    const f = findings[0]!;
    expect(f).toMatchObject(positionInValue(text, '"firstItemId": "', path, path.indexOf('.startsWith')));
    expect(charAt(text, f)).toBe('.');
    expect(f.hint).toBe('Write it the Jayway way: @.name =~ /A.*/');
  });

  it('gives the Jayway form of other habits', () => {
    const hint = (path: string) => findingsOf(withPath('firstItemId', path), 'jsonpath-js-habit').map((x) => x.hint);
    expect(hint('$.order.items.0.id')).toEqual(['Write it the Jayway way: $.order.items[0].id']);
    expect(hint('$.order.items[(@.length-1)].id')).toEqual(['Write it the Jayway way: $.order.items[-1].id']);
    expect(hint("$.order.items[?(@.name.toLowerCase() == 'bob')].id")).toEqual(['Write it the Jayway way: @.name =~ /bob/i']);
    expect(hint("$.order.items[?(@.tags.includes('x'))].id")).toEqual(["Write it the Jayway way: @.tags contains 'x'"]);
  });

  it('accepts === (a Jayway type-safe comparison), length() and a property named length in brackets', () => {
    // oracle, body {"items":[{"k":"p","v":1}, …]}: $.items[?(@.k === "p")].v → [1]
    for (const path of ["$.order.items[?(@.kind === 'gift')].id", '$.order.items.length()', "$.order['length']"]) {
      expect(findingsOf(withPath('firstItemId', path), 'jsonpath-js-habit')).toEqual([]);
    }
  });

  it('reports no JavaScript habit in the 140 corpus paths', () => {
    expect(corpusHits('jsonpath-js-habit')).toEqual([]);
  });
});

describe('jsonpath-syntax', () => {
  it('reports a function Jayway does not have, at its name, with Jayway\'s message', () => {
    // oracle: $.items.foo() → step 9 "Function with name: foo does not exist."
    const path = '$.order.items.foo()';
    const text = withPath('itemCount', path);
    const f = onlyFinding(text, 'jsonpath-syntax');
    expect(f).toMatchObject({ severity: 'error', ...positionInValue(text, '"itemCount": "', path, path.indexOf('foo(')) });
    expect(charAt(text, f)).toBe('f');
    expect(f.message).toMatch(/^translationMap "itemCount": Function with name: foo does not exist/);
  });

  it('leaves a path that fails because of a JavaScript habit to jsonpath-js-habit', () => {
    const text = withPath('firstItemId', "$.order.items[?(@.name.startsWith('A'))].id");
    expect(validateText(text).filter((x) => x.ruleId.startsWith('jsonpath')).map((x) => x.ruleId)).toEqual(['jsonpath-js-habit']);
  });
});

describe('jsonpath-bracket-key', () => {
  it('reports a SCIM extension URN written with dots, with the bracket form', () => {
    // oracle, body {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"manager":{"value":"m-1"}}}:
    // the dot form → "Missing property in path $['urn:ietf:params:scim:schemas:extension:enterprise:2']"; the bracket form → "m-1"
    const path = '$.urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value';
    const text = withPath('firstItemId', path);
    const f = onlyFinding(text, 'jsonpath-bracket-key');
    expect(f).toMatchObject({ severity: 'error', ...positionInValue(text, '"firstItemId": "', path, 1) });
    expect(f.message).toContain('"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User" contains a dot');
    expect(f.hint).toBe("Use bracket notation for that key: $['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'].manager.value");
  });

  it('reports an OData annotation key (genesys-runtime.md §5.2: $.@odata.count errors, $[\'@odata.count\'] reads 3)', () => {
    const [f] = findingsOf(withPath('itemCount', '$.@odata.count'), 'jsonpath-bracket-key');
    expect(f?.hint).toBe("Use bracket notation for that key: $['@odata.count']");
    expect(findingsOf(withPath('itemCount', "$['@odata.count']"), 'jsonpath-bracket-key')).toEqual([]);
  });

  it('accepts the corpus SCIM path in bracket form and a colon key that is not split', () => {
    expect(findingsOf(corpusText('update-ms-teams-user-presence__Find-Teams-User-Id-Multiple-externalIds.custom.json'), 'jsonpath-bracket-key')).toEqual([]);
    expect(findingsOf(withPath('status', '$.ns:status'), 'jsonpath-bracket-key')).toEqual([]);
  });
});

describe('indefinite-path-scalar', () => {
  const filter = '$.order.items[?(@.available == true)].id';

  it('reports a filter written bare into a string property, at the path', () => {
    const text = withPath('firstItemId', filter);
    const f = onlyFinding(text, 'indefinite-path-scalar');
    expect(f).toMatchObject({ severity: 'error', pointer: '/config/response/translationMap/firstItemId', ...positionOf(text, `"firstItemId": "${filter}"`, '"firstItemId": '.length) });
    expect(f.message).toContain('indefinite path (a filter [?(…)])');
    expect(f.message).toContain('successSchema property "firstItemId", which is string');
    expect(f.hint).toContain('${successTemplateUtils.firstFromArray("${firstItemId}", "$esc.quote$esc.quote")}');
  });

  it('accepts the same path through firstFromArray, or into an array property', () => {
    const wrapped = '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${successTemplateUtils.firstFromArray("${firstItemId}", "$esc.quote$esc.quote")}}';
    expect(findingsOf(withPath('firstItemId', filter, { successTemplate: wrapped }), 'indefinite-path-scalar')).toEqual([]);
    const toArray = exampleText({ config: { response: { translationMap: { firstItemId: filter } } }, contract: { output: { successSchema: { properties: { firstItemId: { type: 'array', items: { type: 'string' } } } } } } });
    expect(findingsOf(toArray, 'indefinite-path-scalar')).toEqual([]);
  });

  it('treats length() after a filter as a list (corpus EDGE limitless-flows…Get-Message-Id-Count)', () => {
    // genesys-runtime.md §5.2: $.items[*].length() → [2,2,1]; the corpus file unwraps it with firstFromArray
    const file = 'limitless-flows__Limitless---Get-Message-Id-Count-from-Genesys-v1-2021062184247.custom.json';
    expect(findingsOf(corpusText(file), 'indefinite-path-scalar')).toEqual([]);
    const bare = corpusJson(file) as any;
    bare.config.response.successTemplate = '{"count":${counts}}';
    const [f] = findingsOf(JSON.stringify(bare, null, 2), 'indefinite-path-scalar');
    expect(f?.message).toContain('successSchema property "count", which is integer');
  });

  it('treats $..x.length() as one number (oracle: $..v.length() → 0)', () => {
    expect(findingsOf(withPath('itemCount', '$..items.length()'), 'indefinite-path-scalar')).toEqual([]);
  });
});

describe('deep-scan-nested-array', () => {
  const template = '{"status": ${status}, "itemCount": ${itemCount}, "firstItemId": ${firstItemId}, "all": ${all}}';
  const contract = { output: { successSchema: { properties: { all: { type: 'array', items: { type: 'object' } } } } } };

  it('warns about a deep scan of a property the map reads as an array', () => {
    // oracle, body {"conversations":[{"messages":[1,2,3]},{"messages":[1]}]}: $..messages → [[1,2,3],[1]], $..messages[*] → [1,2,3,1]
    const text = exampleText({ config: { response: { translationMap: { all: '$..items' }, successTemplate: template } }, contract });
    const f = onlyFinding(text, 'deep-scan-nested-array');
    expect(f).toMatchObject({ severity: 'warning', ...positionOf(text, '"all": "$..items"', '"all": '.length) });
    expect(f.hint).toContain('$..items[*]');
  });

  it('warns for a Genesys Cloud API array, and accepts the flattened scan and scalar leaves', () => {
    const scan = (path: string) => findingsOf(exampleText({ config: { response: { translationMap: { all: path }, successTemplate: template } }, contract }), 'deep-scan-nested-array');
    expect(scan('$..participants')).toHaveLength(1);
    expect(scan('$..items[*]')).toEqual([]);
    expect(scan('$..conversationId')).toEqual([]);
  });
});
