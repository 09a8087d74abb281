/**
 * Isolated dry runs: the engine in a worker thread with a wall-clock and a heap limit per case,
 * so that a hostile definition fails its own case instead of hanging or killing the run.
 *
 * - {@link createIsolatedRunner}: the main-thread API;
 * - {@link startDryRunWorker} / {@link isDryRunWorker}: the worker side, used by the bundle
 *   entry (src/index.ts) and by worker-entry.ts.
 */
export { createIsolatedRunner, type IsolatedRunner, type IsolatedRunnerOptions } from './runner.js';
export { isDryRunWorker, startDryRunWorker } from './worker.js';
export { stoppedMessage, type StopReason } from './stopped.js';
