/**
 * Escaping for text that comes from the repository, fixtures or API messages (names, file paths,
 * messages, templates, JSON) before it goes into GitHub-flavoured markdown + HTML (job summary,
 * PR comment). The summary builder of `@actions/core` does no escaping at all
 * (github-action-conventions.md §2.4), so everything is escaped here.
 *
 * Strategy: markdown punctuation is written as numeric character references. Entities are decoded
 * both in markdown text and inside HTML blocks, are not table-cell delimiters (GFM splits cells on
 * a literal `|` before inline parsing), and never start emphasis, links or code spans, so one
 * escaped form is safe in table cells, list items, `<summary>` elements and `<details>` bodies.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes the five HTML-significant characters `& < > " '` as entities. Safe for element content
 * and for double- or single-quoted attribute values.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** ASCII punctuation that markdown (CommonMark + GFM) gives a meaning to anywhere in a line. */
const MARKDOWN_INLINE = /[\\`*_[\]~|]/g;

/** A first character that would start a block (list, heading, setext underline, ordered list). */
const MARKDOWN_LEADING = /^(?:[-+#=]|\d(?=\d*[.)]))/;

const reference = (c: string): string => `&#${c.charCodeAt(0)};`;

/**
 * Escapes text for an inline markdown position: a table cell, text after other text on a line,
 * or an HTML element such as `<summary>`. HTML characters become entities; `\` `` ` `` `*` `_`
 * `[` `]` `~` `|` become numeric references (CommonMark treats references as literal text, never
 * as syntax, and GFM splits cells on literal `|` only); line breaks become `<br>` so a cell or
 * item never ends early. Returns a single line.
 */
export function escapeMarkdownCell(text: string): string {
  return defuseLinks(escapeHtml(text).replace(MARKDOWN_INLINE, reference).replace(/\r\n|\r|\n/g, '<br>'));
}

/**
 * Stops GitHub from turning text from a pull request into notifications or links: a zero-width
 * space after `@` breaks @user/@org/team mentions, and one inside `://` and `www.` breaks
 * autolinks (a bot comment must not page a team or show a phishing link).
 */
function defuseLinks(text: string): string {
  return text.replace(/@/g, '@&#8203;').replace(/:\/\//g, '&#8203;://').replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#8203;.`);
}

/**
 * Like `escapeMarkdownCell`, for text that starts a line or a list item, where a leading `-` `+`
 * `#` `=` or `1.` would open a list, heading or setext underline: that first character is also
 * written as a numeric reference.
 */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownCell(text).replace(MARKDOWN_LEADING, reference);
}

/**
 * Renders text as inline code that is safe in every markdown and HTML position, including table
 * cells and `<summary>`: `<code>` with escaped content (a backtick code span would not render
 * inside an HTML block and cannot hold `|` in a table cell).
 */
export function codeSpan(text: string): string {
  return `<code>${escapeMarkdownCell(text)}</code>`;
}

/**
 * Renders text as a fenced code block. The fence is one backtick longer than the longest run of
 * backticks in the text (at least three), so the text cannot close it; content inside a fence is
 * literal in CommonMark, so no other escaping is needed. `lang` keeps only `[A-Za-z0-9_+-]`.
 * Starts and ends with a blank line so the block also renders inside `<details>`.
 */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const info = lang.replace(/[^A-Za-z0-9_+-]/g, '');
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `\n${fence}${info}\n${body}${fence}\n\n`;
}

/**
 * Returns `url` when it is an absolute http(s) URL without whitespace or quotes, else undefined.
 * Used before a URL goes into an `href`, so a hostile value cannot become `javascript:`.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s"'<>`]+$/i.test(url)) return undefined;
  return url;
}

/**
 * An HTML link with an escaped label (as inline code when `code` is set); the bare label when
 * `url` is not a safe http(s) URL.
 */
export function link(label: string, url: string | undefined, options: { code?: boolean } = {}): string {
  const text = options.code ? codeSpan(label) : escapeMarkdownCell(label);
  const href = safeUrl(url);
  return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
}

/**
 * Shortens text to at most `max` UTF-16 code units, ending with `…` when cut. Never splits a
 * surrogate pair. Cut the raw text before escaping it, so no entity is ever split.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}
