/**
 * The dry-run engine: runs a data-action definition on a test case the way Genesys' Test tab
 * does, offline (genesys-runtime.md §10).
 *
 * - {@link dryRun}: the ten steps, returning a `TestExecutionResult`;
 * - {@link checkExpectation}: compares a result with a fixture's expectation;
 * - {@link synthesiseCase}: builds a case from the contracts (smoke tests).
 */
export { dryRun } from './run.js';
export { checkExpectation } from './expectation.js';
export { synthesiseCase } from './synthesise.js';
export * from './types.js';
