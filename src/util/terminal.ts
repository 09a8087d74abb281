/**
 * Text for a terminal or a CI log, from content that definitions control (names, URLs,
 * messages quoting templates): control characters other than line feed and tab become U+FFFD
 * (no escape sequences, no carriage-return overwrites), and a line starting with `::` is
 * changed to `: :`, so that it cannot be read as a GitHub Actions workflow command
 * (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions) when
 * the CLI runs inside a workflow.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD').replace(/^(\s*)::/gm, '$1: :');
}
