/** The plan stage: normalise, diff, plan, hash, and reading the remote state. */
export * from './normalise.js';
export * from './diff.js';
export * from './plan.js';
export * from './hash.js';
export * from './remote.js';
export type * from './types.js';
