import { describe, expect, it } from 'vitest';
import { clip, codeBlock, codeSpan, escapeHtml, escapeMarkdownCell, escapeMarkdownLine, link, safeUrl } from '../../src/report/escape.js';

describe('escapeHtml', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'q'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;',
    );
  });

  it('escapes an existing entity again, so it shows literally', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('escapeMarkdownCell', () => {
  it('neutralises a <script> name', () => {
    const out = escapeMarkdownCell('<script>alert(1)</script>');
    expect(out).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toContain('<');
  });

  it('encodes pipes so a table cell cannot be split', () => {
    expect(escapeMarkdownCell('a | b || c')).toBe('a &#124; b &#124;&#124; c');
  });

  it('encodes backticks so no code span can open', () => {
    expect(escapeMarkdownCell('`$esc.jsonString(${input.x})`')).toBe('&#96;$esc.jsonString(${input.x})&#96;');
  });

  it('turns line breaks into <br> so the text stays on one line', () => {
    expect(escapeMarkdownCell('one\ntwo\r\nthree\rfour')).toBe('one<br>two<br>three<br>four');
  });

  it('encodes emphasis, link and strikethrough punctuation', () => {
    expect(escapeMarkdownCell('**x** [y](javascript:z) ~~w~~ _v_ \\')).toBe(
      '&#42;&#42;x&#42;&#42; &#91;y&#93;(javascript:z) &#126;&#126;w&#126;&#126; &#95;v&#95; &#92;',
    );
  });

  it('leaves a leading list or heading character alone (cells are inline)', () => {
    expect(escapeMarkdownCell('- 1. # x')).toBe('- 1. # x');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdownCell('Get Weather by City')).toBe('Get Weather by City');
  });
});

describe('escapeMarkdownLine', () => {
  it('also encodes a character that would start a block, at the beginning only', () => {
    expect(escapeMarkdownLine('- not a list - item')).toBe('&#45; not a list - item');
    expect(escapeMarkdownLine('# not a heading')).toBe('&#35; not a heading');
    expect(escapeMarkdownLine('+ x')).toBe('&#43; x');
    expect(escapeMarkdownLine('12. not ordered')).toBe('&#49;2. not ordered');
    expect(escapeMarkdownLine('3) not ordered')).toBe('&#51;) not ordered');
    expect(escapeMarkdownLine('2026 release')).toBe('2026 release');
    expect(escapeMarkdownLine('a|b\n- c')).toBe('a&#124;b<br>- c');
  });
});

describe('codeSpan', () => {
  it('wraps escaped text in <code>, safe with backticks and pipes', () => {
    expect(codeSpan('a`b|c<d>')).toBe('<code>a&#96;b&#124;c&lt;d&gt;</code>');
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run in the text', () => {
    expect(codeBlock('x ``` y', 'json')).toBe('\n````json\nx ``` y\n````\n\n');
  });

  it('uses three backticks for plain text and strips odd info strings', () => {
    expect(codeBlock('{}\n', 'js"on<')).toBe('\n```json\n{}\n```\n\n');
  });
});

describe('links and clipping', () => {
  it('accepts only absolute http(s) URLs', () => {
    expect(safeUrl('https://github.com/o/r/actions/runs/1')).toBe('https://github.com/o/r/actions/runs/1');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://x.test/"onmouseover="a')).toBeUndefined();
  });

  it('renders a link with an escaped label, or the bare label without a safe URL', () => {
    expect(link('run <1>', 'https://x.test/a?b=1&c=2')).toBe('<a href="https://x.test/a?b=1&amp;c=2">run &lt;1&gt;</a>');
    expect(link('run', 'javascript:alert(1)')).toBe('run');
  });

  it('clips to the limit with an ellipsis and never splits a surrogate pair', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 3)).toBe('abc');
    const emoji = 'ab😀cd';
    expect(clip(emoji, 4)).toBe('ab…');
    expect(clip(emoji, 5)).toBe('ab😀…');
  });
});

describe('mentions and autolinks', () => {
  it('cannot page a team or show a clickable link from pull-request text', () => {
    const out = escapeMarkdownCell('@acme/security-team please re-login at https://evil.example/login or www.evil.example');
    expect(out).toBe('@&#8203;acme/security-team please re-login at https&#8203;://evil.example/login or www&#8203;.evil.example');
    expect(out).not.toMatch(/@[a-z]/i);
    expect(out).not.toContain('https://');
  });
});
