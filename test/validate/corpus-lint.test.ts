/**
 * The rule catalogue over the 140 real definitions of the corpus (test/corpus/data-actions;
 * provenance and "Notable fixtures" in ../shared/corpus/data-actions/SOURCES.md):
 * - every latent bug SOURCES.md lists is reported, by the rule that explains it;
 * - error findings appear only on definitions that really fail in Genesys Cloud for some input —
 *   each listed below with the evidence (the reference oracle's result or the text itself);
 * - every other definition gets no error.
 * `npm run corpus:rules` prints the per-rule figures the README quotes.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/definitions/load.js';
import type { Finding } from '../../src/validate/finding.js';
import { validateDocument } from '../../src/validate/index.js';
import { corpusFiles, corpusText } from '../support/corpus.js';

const findingsOf = (file: string): Finding[] => validateDocument(loadDocument(file, new TextEncoder().encode(corpusText(file)))).findings;

/** SOURCES.md "Notable fixtures" with a latent bug → the rule (and severity) that reports it. */
const NOTABLE: Record<string, [string, Finding['severity']]> = {
  // default `disconnected` is not a JSON literal → invalid JSON when the path misses
  'automated-callback__Get-interaction-state.custom.json': ['default-not-json', 'error'],
  // default `Not Found` unquoted
  'update-gc-presence-on-communicate-call-activity__Get-Genesys-Cloud-User-Presence.custom.json': ['default-not-json', 'error'],
  // default `Not Found` unquoted while the contract expects an array
  'update-ms-teams-user-presence__Find-Teams-User-Id-Multiple-externalIds.custom.json': ['default-not-json', 'error'],
  // empty-string defaults; their paths start with a filter, which never misses: the defaults are dead (oracle: {} → [] values)
  'genesys-cloud-call-park__Get-Waiting-Calls-in-specific-Queue-based-on-External-Tag.custom.json': ['default-not-json', 'warning'],
  // request body with a stray trailing quote
  'purplenet__Update-Data-Table-Row.json': ['request-body-json', 'error'],
  // default `null` for a string contract
  'purplenet__Get-Oldest-Call-Waiting-Use-Within-Script.json': ['default-type-mismatch', 'error'],
  // ${INPUT.ConversationID}: Velocity is case-sensitive; Genesys's behaviour unknown
  'negative-sentiment-callback__Update-External-Tag.custom.json': ['input-reference-case', 'warning'],
};

/** Every corpus definition with an error finding → its rules, with the evidence. */
const ERRORS: Record<string, string[]> = {
  'automated-callback__Get-interaction-state.custom.json': ['default-not-json'],
  'update-gc-presence-on-communicate-call-activity__Get-Genesys-Cloud-User-Presence.custom.json': ['default-not-json'],
  'update-ms-teams-user-presence__Find-Teams-User-Id-Multiple-externalIds.custom.json': ['default-not-json'],
  'purplenet__Update-Data-Table-Row.json': ['request-body-json'],
  'purplenet__Get-Oldest-Call-Waiting-Use-Within-Script.json': ['default-type-mismatch'],
  // the body ends with one `}` too many (oracle: "Unexpected trailing content '}'")
  'purplenet__Get-User-ID-by-Email.json': ['request-body-json'],
  // the URL uses ${input.contactlistId}, the contract declares contactListId (oracle renders the reference text)
  'purplenet__Get-Contact-From-Contact-List.json': ['input-reference-unknown'],
  // requestUrlTemplate is the blueprint placeholder "[YOUR SMTP SERVER]"
  'limitless-flows__Limitless---Send-Email-Reply-v1-20210722145321.custom.json': ['request-url-scheme'],
  // default [""] and firstFromArray default "" land in the integer "priority" (dry run: step-10 schema failure)
  'callback-prioritization__Get-Callback-Priority.custom.json': ['default-type-mismatch', 'default-type-mismatch'],
  // firstFromArray default 0 lands in the string properties startTime and endTime
  'purplenet__Get-In-Queue-Start-Stop-Times.json': ['default-type-mismatch', 'default-type-mismatch'],
  // default null for the string "routingStatus" (as Get-Oldest-Call-Waiting)
  'purplenet__Get-User-Routing-Status-by-Email.json': ['default-type-mismatch'],
};

describe('the rule catalogue on the corpus', () => {
  const files = corpusFiles();
  const all = new Map(files.map((f) => [f, findingsOf(f)]));

  it('reads all 140 definitions', () => {
    expect(files).toHaveLength(140);
  });

  for (const [file, [ruleId, severity]] of Object.entries(NOTABLE)) {
    it(`reports the latent bug of ${file} (${ruleId})`, () => {
      expect(all.get(file)?.filter((f) => f.ruleId === ruleId).map((f) => f.severity)).toContain(severity);
    });
  }

  it('gives error findings only on the definitions that really fail, by the expected rules', () => {
    const errors: Record<string, string[]> = {};
    for (const [file, findings] of all) {
      const ids = findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
      if (ids.length > 0) errors[file] = ids.sort();
    }
    expect(errors).toEqual(Object.fromEntries(Object.entries(ERRORS).map(([f, ids]) => [f, [...ids].sort()])));
  });

  it('locates every finding at a line and column of its file', () => {
    for (const [file, findings] of all) {
      const lines = corpusText(file).split('\n');
      for (const f of findings) {
        expect(f.line, `${file} ${f.ruleId}`).toBeGreaterThanOrEqual(1);
        expect(f.line as number).toBeLessThanOrEqual(lines.length);
        expect(f.column as number).toBeLessThanOrEqual((lines[(f.line as number) - 1] as string).length + 1);
      }
    }
  });
});
