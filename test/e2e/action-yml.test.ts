/**
 * action.yml is valid YAML (GitHub refuses to load an action whose metadata does not parse), and
 * every input it declares is in the README "Inputs" table, and every input the code reads is
 * declared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfigInputs } from '../../src/config/index.js';
import { parseInputs } from '../../src/inputs.js';

const root = path.resolve(import.meta.dirname, '../..');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string }> };

describe('action.yml', () => {
  it('declares the configuration inputs, without defaults that would hide the config file', () => {
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['config', 'rules', 'fail-on']));
    for (const name of ['config', 'rules', 'fail-on']) expect(action.inputs[name]!.default).toBeUndefined();
  });

  it('declares every input the action reads', () => {
    const read = new Set<string>();
    const get = (name: string) => {
      read.add(name);
      return '';
    };
    parseInputs(get, {});
    parseConfigInputs(get);
    for (const name of read) expect(Object.keys(action.inputs), name).toContain(name);
  });

  it('has a row in the README Inputs table for every input', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Inputs'), readme.indexOf('## Outputs'));
    for (const name of Object.keys(action.inputs)) expect(table, name).toContain(`\`${name}\``);
  });
});
