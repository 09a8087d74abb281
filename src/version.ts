/** Version of this tool, recorded in PR comment markers and JSON reports. Matches package.json. */
export const VERSION = '0.1.0';
