/**
 * Velocity rendering against the oracle (Velocity 2.4.1 + velocity-tools 3.1): every probe of
 * test/dryrun/oracle/probes.ts runs through the full dry run and must render exactly what the
 * oracle rendered (step 7 for request templates, step 10 for the strict success template), with
 * the same warnings, or fail with the same message.
 */
import { describe, expect, it } from 'vitest';
import { dryRun } from '../../src/dryrun/index.js';
import type { JsonValue } from '../../src/dryrun/json/model.js';
import type { TestExecutionResult } from '../../src/dryrun/types.js';
import { readFixture } from './helpers/fixtures.js';
import { definitionFromExport } from './helpers/load.js';
import { type OracleCaseJson, requestCase, strictCase } from './oracle/cases.js';

interface Entry {
  template: string;
  input: Record<string, unknown>;
  values?: Record<string, string>;
  oracle: { rendered: string; warnings: string[] } | { error: string; step: number };
}

/**
 * Deliberate or known differences, by template, with the reason. Parse errors are compared on
 * their first line (Velocity appends a "Was expecting one of" list that depends on its grammar).
 */
const KNOWN: Record<string, { reason: string; expected: Entry['oracle'] }> = {
  '#if($input.x': {
    reason: 'Velocity names the end of input "\\u001c" (its zero-width end marker); the dry run says <EOF>',
    expected: { error: 'Encountered "<EOF>" at requestTemplate[line 1, column 13]', step: 7 },
  },
  'A\n  #{if}(true)\n  a\n  #{end}\nB': {
    reason: 'velocityjs does not parse the bracketed forms #{if} and #{end} (#{else} works); they render as text',
    expected: { rendered: 'A\n  #{if}(true)\n  a\n  ', warnings: [] },
  },
  '{"x": $esc.nosuch}': {
    reason: "the oracle's $esc is its own subclass daoracle.Tools$Esc; the dry run names velocity-tools' EscapeTool",
    expected: { error: "Object 'org.apache.velocity.tools.generic.EscapeTool' does not contain property 'nosuch' at successTemplate[line 1, column 12]", step: 10 },
  },
  "#if('abc' > 1)a#end{}": {
    reason: 'Velocity reports the comparison error at the token after the operator; the dry run at the directive',
    expected: { error: 'Left side of comparison operation is not a number at successTemplate[line 1, column 1]', step: 10 },
  },
};

function run(c: OracleCaseJson): TestExecutionResult {
  const def = definitionFromExport(JSON.parse(JSON.stringify(c.definition)) as Record<string, unknown>);
  return dryRun(
    def,
    { input: c.input, response: c.response, ...(c.credentials ? { credentials: c.credentials } : {}), ...(c.authResponse ? { authResponse: c.authResponse } : {}) },
    c.options ?? {},
  );
}

function outcome(r: TestExecutionResult, step: number): Entry['oracle'] {
  const op = r.operations.find((o) => o.step === step);
  if (op && typeof op.result === 'string' && (op.success || step === 10)) return { rendered: op.result, warnings: op.warnings ?? [] };
  return { error: r.error?.libraryMessage ?? r.error?.message ?? '', step: r.error?.step ?? 0 };
}

function firstLine(o: Entry['oracle']): Entry['oracle'] {
  return 'error' in o ? { ...o, error: o.error.split('\n')[0] as string } : o;
}

for (const [fixture, step, build] of [
  ['velocity-request.json', 7, requestCase],
  ['velocity-strict.json', 10, strictCase],
] as const) {
  const entries = readFixture<Entry[]>(fixture);
  describe(`oracle: ${fixture}`, () => {
    it('has probes', () => {
      expect(entries.length).toBeGreaterThan(20);
    });
    entries.forEach((e, i) => {
      it(`#${i} ${JSON.stringify(e.template).slice(0, 80)}`, () => {
        const c = build({ template: e.template, input: e.input as Record<string, unknown>, values: e.values ?? {} }, i);
        const actual = outcome(run(c), step);
        const known = KNOWN[e.template];
        if (known) expect(actual).toEqual(known.expected);
        else expect(actual).toEqual(firstLine(e.oracle));
      });
    });
  });
}

describe('oracle fixtures are consistent', () => {
  it('every known divergence names a probe that exists', () => {
    const templates = new Set([...readFixture<Entry[]>('velocity-request.json'), ...readFixture<Entry[]>('velocity-strict.json')].map((e) => e.template));
    for (const t of Object.keys(KNOWN)) expect(templates.has(t), t).toBe(true);
  });
  it('fixture values keep Java doubles', () => {
    const e = readFixture<Entry[]>('velocity-request.json').find((x) => x.template.startsWith('$math.add(1,2) ${input.a}'));
    expect((e?.input as Record<string, JsonValue>).one?.toString()).toBe('1.0');
  });
});
