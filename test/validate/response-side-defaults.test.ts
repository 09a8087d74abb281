/**
 * Response-side rules on defaults: default-key-unknown, default-not-json, default-type-mismatch.
 * Corpus files are checked at their real line and column. The behaviour each finding claims was
 * observed with ../shared/oracle (`./oracle CASE.json`, the corpus definition, inputs "test",
 * the body named in the test): the rendered step-10 texts quoted below are the oracle's; the
 * schema failures follow from genesys-runtime.md §6 (fge draft-04, no coercion), which the
 * oracle does not run, so the project's dry run is asked to agree on the same case.
 */
import { describe, expect, it } from 'vitest';
import { toDefinition } from '../../src/definitions/formats.js';
import { dryRun } from '../../src/dryrun/index.js';
import { corpusJson, corpusText } from '../support/corpus.js';
import { corpusHits, findingsOf, onlyFinding, validateText } from './support/findings.js';
import { charAt, exampleText, inSuccessTemplate, positionOf } from './support/response-side.js';

/** The dry run of a corpus definition on a recorded body, with "test" for every string input. */
function dryRunCorpus(file: string, body: unknown) {
  const raw = corpusJson(file) as any;
  const input: Record<string, unknown> = {};
  for (const [k, s] of Object.entries<any>(raw.contract.input.inputSchema.properties ?? {})) input[k] = s.type === 'integer' ? 1 : s.type === 'boolean' ? true : 'test';
  const result = dryRun(toDefinition(raw), { input, response: { status: 200, body } });
  const step10 = result.operations.find((o) => o.step === 10);
  return { result, step10 };
}

describe('default-key-unknown', () => {
  it('warns at the key of a default that has no translationMap entry, with a did-you-mean', () => {
    const text = exampleText({ config: { response: { translationMapDefaults: { status: null, Status: '"unknown"' } } } });
    const f = onlyFinding(text, 'default-key-unknown');
    expect(f).toMatchObject({ severity: 'warning', pointer: '/config/response/translationMapDefaults/Status', ...positionOf(text, '"Status": "\\"unknown\\""') });
    expect(f.hint).toBe('Did you mean "status"? "status" has no default of its own. Defaults must use the translationMap key exactly (keys are case-sensitive).');
  });

  it('finds no such default in the corpus', () => {
    expect(corpusHits('default-key-unknown')).toEqual([]);
  });
});

describe('default-not-json', () => {
  it('reports the corpus NEGATIVE fixture automated-callback__Get-interaction-state at its default', () => {
    // oracle, body {}: step 10 renders {"state": disconnected} and fails "Unexpected character 'd' … at line 1, column 11"
    const file = 'automated-callback__Get-interaction-state.custom.json';
    const text = corpusText(file);
    const f = onlyFinding(text, 'default-not-json');
    expect(positionOf(text, '"disconnected"')).toEqual({ line: 17, column: 18 });
    expect(f).toMatchObject({ severity: 'error', pointer: '/config/response/translationMapDefaults/state', line: 17, column: 18 });
    expect(f.message).toBe('translationMapDefaults "state" is the bare text "disconnected", not JSON text: when its path misses, Genesys inserts it verbatim into the successTemplate output, which is then invalid JSON (step 10 fails).');
    expect(f.hint).toBe('Write the default as JSON text, e.g. "\\"disconnected\\"" in the file (a string needs its own escaped quotes).');
    const { result, step10 } = dryRunCorpus(file, {});
    expect(result.success).toBe(false);
    expect(step10?.step).toBe(10);
    expect(result.error?.message).toContain('Rendered text is not valid JSON');
  });

  it('reports the two "Not Found" NEGATIVE fixtures, suggesting a literal of the contract type', () => {
    // oracle, body {}: {"systemPresence": Not Found} and {"MsTeamsUserId": Not Found}, both invalid JSON at step 10
    const presence = corpusText('update-gc-presence-on-communicate-call-activity__Get-Genesys-Cloud-User-Presence.custom.json');
    expect(findingsOf(presence, 'default-not-json')).toMatchObject([{ severity: 'error', ...positionOf(presence, '"Not Found"'), hint: 'Write the default as JSON text, e.g. "\\"Not Found\\"" in the file (a string needs its own escaped quotes).' }]);
    const teams = corpusText('update-ms-teams-user-presence__Find-Teams-User-Id-Multiple-externalIds.custom.json');
    // the contract of MsTeamsUserId is an array of strings
    expect(findingsOf(teams, 'default-not-json')).toMatchObject([{ severity: 'error', ...positionOf(teams, '"Not Found"'), hint: 'Write the default as JSON text, e.g. "[]" in the file (the value is used verbatim).' }]);
  });

  it('only warns about the empty defaults of the call-park fixture: their deep-scan paths never miss', () => {
    // oracle, bodies {} and {"participants":[]}: output {"conversationID":[],"participantID":[]} — the defaults are never used
    const text = corpusText('genesys-cloud-call-park__Get-Waiting-Calls-in-specific-Queue-based-on-External-Tag.custom.json');
    const findings = findingsOf(text, 'default-not-json');
    expect(findings.map((x) => [x.severity, x.pointer, x.line])).toEqual([
      ['warning', '/config/response/translationMapDefaults/participantID', positionOf(text, '"participantID": ""').line],
      ['warning', '/config/response/translationMapDefaults/conversationID', positionOf(text, '"conversationID": ""').line],
    ]);
    expect(findings[0]!.message).toContain('is empty, not JSON text: its path starts with a deep scan .. and never fails');
  });

  it('warns about a default that firstFromArray reads only leniently (corpus purplenet__Get-Call-Offered-Count)', () => {
    // oracle, body {}: default "[0].[0]" → firstFromArray → {"count": 0} (json-smart ignores the text after [0])
    const [f] = findingsOf(corpusText('purplenet__Get-Call-Offered-Count.json'), 'default-not-json');
    expect(f).toMatchObject({ severity: 'warning', pointer: '/config/response/translationMapDefaults/count' });
    expect(f!.message).toContain('reads it as an array only because its parser is lenient');
  });

  it('accepts plain text used inside a JSON string, not text that breaks the string', () => {
    const template = '{"status": "Order: $esc.jsonString(${status})", "itemCount": ${itemCount}, "firstItemId": ${firstItemId}, "label": "${label}"}';
    const ok = exampleText({ config: { response: { translationMap: { label: '$.order.label' }, translationMapDefaults: { label: 'none' }, successTemplate: template } } });
    expect(findingsOf(ok, 'default-not-json')).toEqual([]);
    const broken = exampleText({ config: { response: { translationMap: { label: '$.order.label' }, translationMapDefaults: { label: 'say "none"' }, successTemplate: template } } });
    expect(findingsOf(broken, 'default-not-json').map((x) => x.severity)).toEqual(['error']);
  });

  it('reports a firstFromArray default argument that is not JSON text, at the call after escapes', () => {
    // oracle, body {"list":[1,2]}, ids = $.list[?(@ > 5)] (empty): default "none" → step 10 "Unrecognized token 'none'";
    // default '"none"' → {"a":"none"}
    const template = '{\n  "status": ${status},\n  "itemCount": ${itemCount},\n  "firstItemId": ${successTemplateUtils.firstFromArray("${ids}", "none")}\n}';
    const text = exampleText({ config: { response: { translationMap: { ids: '$.order.items[*].id' }, successTemplate: template } } });
    const f = onlyFinding(text, 'default-not-json');
    expect(f).toMatchObject({ severity: 'error', pointer: '/config/response/successTemplate', ...inSuccessTemplate(text, template, template.indexOf('${successTemplateUtils')) });
    expect(charAt(text, f)).toBe('$');
    expect(f.hint).toBe('Pass JSON text, e.g. \'"none"\' (a single-quoted Velocity string keeps double quotes as they are; "$esc.quote$esc.quote" is an empty JSON string).');
    const fixed = exampleText({ config: { response: { translationMap: { ids: '$.order.items[*].id' }, successTemplate: template.replace('"none"', `'"none"'`) } } });
    expect(findingsOf(fixed, 'default-not-json')).toEqual([]);
  });
});

describe('default-type-mismatch', () => {
  it('reports the corpus EDGE fixture purplenet__Get-Oldest-Call-Waiting: null default for a string contract', () => {
    // oracle, body {}: step 10 renders {"OLDEST_CALL_WAITING": null}; §6: null fails "type": "string"
    const file = 'purplenet__Get-Oldest-Call-Waiting-Use-Within-Script.json';
    const text = corpusText(file);
    const f = onlyFinding(text, 'default-type-mismatch');
    expect(f).toMatchObject({ severity: 'error', pointer: '/config/response/translationMapDefaults/OLDEST_CALL_WAITING', ...positionOf(text, '"OLDEST_CALL_WAITING": "null"', '"OLDEST_CALL_WAITING": '.length) });
    expect(f.message).toContain('instance type (null) does not match any allowed primitive type (allowed: ["string"])');
    const { result } = dryRunCorpus(file, {});
    expect(result.error?.message).toContain('instance type (null) does not match any allowed primitive type (allowed: ["string"])');
  });

  it('reports the same bug in purplenet__Get-User-Routing-Status-by-Email (not listed in SOURCES.md)', () => {
    // oracle, body {}: step 10 renders {"routingStatus": null} (CRLF layout kept)
    const file = 'purplenet__Get-User-Routing-Status-by-Email.json';
    expect(findingsOf(corpusText(file), 'default-type-mismatch').map((x) => [x.severity, x.pointer])).toEqual([['error', '/config/response/translationMapDefaults/list']]);
    expect(dryRunCorpus(file, {}).result.error?.message).toContain('instance type (null) does not match any allowed primitive type (allowed: ["string"])');
  });

  it('follows a default through firstFromArray, and checks firstFromArray\'s own default (corpus callback-prioritization)', () => {
    // oracle, body {}: default ["" ] → {"priority": ""}; body {"participants":[{"purpose":"customer"}]}: [] → "$esc.quote$esc.quote" → {"priority": ""}
    const file = 'callback-prioritization__Get-Callback-Priority.custom.json';
    const text = corpusText(file);
    const findings = findingsOf(text, 'default-type-mismatch');
    expect(findings.map((x) => [x.severity, x.pointer])).toEqual([
      ['error', '/config/response/translationMapDefaults/pIdArray'],
      ['error', '/config/response/successTemplate'],
    ]);
    expect(findings[0]!.message).toContain('has a first element that is a string, but successSchema property "priority" is integer');
    const template = (corpusJson(file) as any).config.response.successTemplate as string;
    expect(findings[1]).toMatchObject(inSuccessTemplate(text, template, template.indexOf('${successTemplateUtils')));
    for (const body of [{}, { participants: [{ purpose: 'customer' }] }]) {
      expect(dryRunCorpus(file, body).result.error?.message).toContain('instance type (string) does not match any allowed primitive type (allowed: ["integer"])');
    }
  });

  it('locates a firstFromArray default of the wrong type after escaped quotes (corpus purplenet__Get-In-Queue-Start-Stop-Times)', () => {
    // body {"participants":[]}: both arrays are empty, firstFromArray returns its default 0 for string properties
    const file = 'purplenet__Get-In-Queue-Start-Stop-Times.json';
    const text = corpusText(file);
    const template = (corpusJson(file) as any).config.response.successTemplate as string;
    const findings = findingsOf(text, 'default-type-mismatch');
    const line = positionOf(text, '"successTemplate": "').line;
    // corpus text escapes exactly like JSON.stringify here ({\"startTime\": …), so the column is computable
    const column = (i: number) => inSuccessTemplate(text, template, i).column;
    expect(findings.map((x) => [x.line, x.column])).toEqual([
      [line, column(template.indexOf('${successTemplateUtils'))],
      [line, column(template.lastIndexOf('${successTemplateUtils'))],
    ]);
    expect(findings.map((x) => charAt(text, x))).toEqual(['$', '$']);
    expect(findings[0]!.message).toContain('firstFromArray\'s default "0" is an integer, but successSchema property "startTime" is string');
    expect(dryRunCorpus(file, { participants: [] }).result.error?.message).toContain('instance type (integer) does not match any allowed primitive type (allowed: ["string"])');
  });

  it('warns when a default that is not an array reaches firstFromArray (corpus process-automation…get-summary)', () => {
    // oracle, body {}: {"text": } — firstFromArray got "" (not an array) and no default argument
    const [f] = findingsOf(corpusText('process-automation-trigger-with-salesforce__get-summary.json'), 'default-type-mismatch');
    expect(f).toMatchObject({ severity: 'warning', pointer: '/config/response/translationMapDefaults/text' });
  });

  it('ignores defaults their paths can never use, and the $.NULL constant trick', () => {
    // Get-User-Presences: $..data[?(…)] never fails (Jayway 2.10), so its defaults 0 are dead
    expect(findingsOf(corpusText('purplenet__Get-User-Presences-by-Queue-ID.json'), 'default-type-mismatch')).toEqual([]);
    // TRICK: $.NULL never resolves; its default {"count": 0} is the firstFromArray default for object properties
    expect(findingsOf(corpusText('purplenet__Get-Queue-Metrics-oWaiting-And-oInteracting-20210303220514.custom.json'), 'default-type-mismatch')).toEqual([]);
  });

  it('has no finding for the example base, whose default is a JSON string for a string property', () => {
    expect(validateText(exampleText({}))).toEqual([]);
  });
});
