/** The deploy (draft → validate → publish) and verify (read back) stages. */
export * from './deploy.js';
export * from './verify.js';
export { StepFailure, draftInput } from './lifecycle.js';
export type * from './types.js';
