/**
 * Block balance (#if/#foreach/#macro … #end): Velocity refuses unclosed blocks and stray #end at
 * parse time; velocityjs does not. Expected values: the oracle (Velocity 2.4.1, json-path 2.10.0,
 * ../shared/oracle) on Get-User-Presence from the corpus with each success template below, body
 * {"presenceDefinition":{"systemPresence":"Available"}}; first line of its libraryMessage.
 */
import { describe, expect, it } from 'vitest';
import { toDefinition } from '../../src/definitions/formats.js';
import { dryRun } from '../../src/dryrun/index.js';
import { corpusJson } from '../support/corpus.js';

const ORACLE = [
  {
    "template": "#if($presence) {\"presence\": ${presence}}",
    "success": false,
    "step": 10,
    "libraryMessage": "Encountered \"<EOF>\" at successTemplate[line 1, column 41]",
    "finalResult": null
  },
  {
    "template": "{\"presence\": ${presence}} #end",
    "success": false,
    "step": 10,
    "libraryMessage": "Encountered \"#end\" at successTemplate[line 1, column 27]",
    "finalResult": null
  },
  {
    "template": "{\"presence\": ${presence}}#{end}",
    "success": false,
    "step": 10,
    "libraryMessage": "Encountered \"#{end}\" at successTemplate[line 1, column 26]",
    "finalResult": null
  },
  {
    "template": "## #end in a comment\n{\"presence\": ${presence}}",
    "success": true,
    "step": null,
    "libraryMessage": null,
    "finalResult": {
      "presence": "Available"
    }
  },
  {
    "template": "#* #if *#{\"presence\": ${presence}}",
    "success": true,
    "step": null,
    "libraryMessage": null,
    "finalResult": {
      "presence": "Available"
    }
  },
  {
    "template": "#[[ #end ]]#{\"presence\": ${presence}}",
    "success": false,
    "step": 10,
    "libraryMessage": "Unexpected character '#' (code 35): expected a JSON value at line 1, column 2",
    "finalResult": null
  },
  {
    "template": "\\#end{\"presence\": ${presence}}",
    "success": false,
    "step": 10,
    "libraryMessage": "Unexpected character '#' (code 35): expected a JSON value at line 1, column 1",
    "finalResult": null
  },
  {
    "template": "#foreach($i in [1..2])#if($i == 1){\"presence\": ${presence}}#end",
    "success": false,
    "step": 10,
    "libraryMessage": "Encountered \"<EOF>\" at successTemplate[line 1, column 64]",
    "finalResult": null
  },
  {
    "template": "#if($presence)#if(true){\"presence\": ${presence}}#end#end",
    "success": true,
    "step": null,
    "libraryMessage": null,
    "finalResult": {
      "presence": "Available"
    }
  },
  {
    "template": "#macro(m)x#end{\"presence\": ${presence}}",
    "success": true,
    "step": null,
    "libraryMessage": null,
    "finalResult": {
      "presence": "Available"
    }
  }
];

describe('Velocity block balance, as the oracle parses it', () => {
  for (const o of ORACLE) {
    it(JSON.stringify(o.template), () => {
      const doc = corpusJson('purplenet__Get-User-Presence.json') as any;
      doc.config.response.successTemplate = o.template;
      const r = dryRun(toDefinition(doc), { input: { USER_ID: 'u' }, response: { status: 200, body: { presenceDefinition: { systemPresence: 'Available' } } } });
      expect(r.success).toBe(o.success);
      expect(r.error?.step).toBe(o.step ?? undefined);
      expect(r.error?.libraryMessage?.split('\n')[0] ?? null).toBe(o.libraryMessage);
      if (o.success) expect(r.finalResult).toEqual(o.finalResult);
    });
  }
});
