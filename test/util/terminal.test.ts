import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/util/terminal.js';

describe('terminalSafe', () => {
  it('defuses workflow commands at line starts and control characters, keeps line feeds and tabs', () => {
    const name = 'D1\n::warning::dup';
    expect(terminalSafe(`file a.json (${name})\n  ::error::fromurl\n\tok`)).toBe('file a.json (D1\n: :warning::dup)\n  : :error::fromurl\n\tok');
    expect(terminalSafe('a\u001b[31mred\rover\u0007')).toBe('a\uFFFD[31mred\uFFFDover\uFFFD');
    expect(terminalSafe('x :: y')).toBe('x :: y');
  });
});
