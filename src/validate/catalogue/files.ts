import type { RuleInfo } from './types.js';

/** Rules about the file itself: readable, UTF-8, valid JSON (genesys-runtime.md does not apply yet). */
export const FILE_RULES: RuleInfo[] = [
  { id: 'file-unreadable', severity: 'error', family: 'files', summary: 'The file cannot be read.' },
  { id: 'file-encoding', severity: 'error', family: 'files', summary: 'The file is not valid UTF-8 text.' },
  { id: 'file-too-large', severity: 'error', family: 'files', summary: 'The file is larger than a data-action definition can reasonably be.' },
  { id: 'json-syntax', severity: 'error', family: 'files', summary: 'The file is not valid JSON (or is empty).' },
  { id: 'json-too-deep', severity: 'error', family: 'files', summary: 'The JSON nests deeper than 200 levels.' },
  { id: 'json-bom', severity: 'warning', family: 'files', summary: 'The file starts with a byte-order mark.' },
  { id: 'json-duplicate-key', severity: 'warning', family: 'files', summary: 'An object has the same key twice.' },
];
