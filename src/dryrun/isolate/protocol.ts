import type { Definition } from '../../definitions/types.js';
import type { DryRunCase, DryRunOptions, TestExecutionResult } from '../types.js';

/** `workerData.role` of a dry-run worker; the bundle entry (src/index.ts) checks it. */
export const DRY_RUN_WORKER_ROLE = 'dry-run';

/** The `workerData` a dry-run worker is started with. */
export interface DryRunWorkerData {
  role: typeof DRY_RUN_WORKER_ROLE;
}

/**
 * Main thread → worker: run one case. Values are encoded with `encodeForWorker` (codec.ts).
 * `definition` is sent once per worker and definition id; later cases with the same id omit it.
 */
export interface RunMessage {
  type: 'run';
  /** Case number, echoed in every answer about this case. */
  id: number;
  definitionId: number;
  definition?: Definition;
  testCase: DryRunCase;
  options: DryRunOptions;
}

/** Worker → main thread, once after start: the worker listens for {@link RunMessage}s. */
export interface ReadyMessage {
  type: 'ready';
}

/**
 * Worker → main thread: step `step` of case `id` begins. `completed` is the operation of the
 * step before it (finished), as JSON text (codec.ts `encodeJsonForWorker`; a string crosses
 * the thread boundary far faster than an object graph, and is decoded only when the worker
 * stops before answering); absent for step 1.
 */
export interface StepMessage {
  type: 'step';
  id: number;
  step: number;
  completed?: string;
}

/** Worker → main thread: the result of case `id`, encoded. */
export interface ResultMessage {
  type: 'result';
  id: number;
  result: TestExecutionResult;
}

/** Every message a dry-run worker posts. */
export type WorkerMessage = ReadyMessage | StepMessage | ResultMessage;
