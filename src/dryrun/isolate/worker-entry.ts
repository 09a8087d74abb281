/**
 * Entry of a dry-run worker thread when the project runs from its TypeScript sources (tsx,
 * vitest) or from compiled modules; the ncc bundle uses src/index.ts instead.
 */
import { startDryRunWorker } from './worker.js';

startDryRunWorker();
