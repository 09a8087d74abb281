import { isDryRunWorker, startDryRunWorker } from './dryrun/isolate/worker.js';
import { run } from './main.js';

// The ncc bundle is one file: started as a dry-run worker thread (workerData.role 'dry-run'),
// it runs the worker loop instead of the action.
if (isDryRunWorker()) startDryRunWorker();
else void run();
