import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Definition } from '../../definitions/types.js';
import { dryRun } from '../run.js';
import type { DryRunCase, DryRunOptions, TestExecutionResult } from '../types.js';
import { decodeFromWorker, encodeForWorker, encodeJsonForWorker } from './codec.js';
import { failedAt } from './stopped.js';
import { DRY_RUN_WORKER_ROLE, type RunMessage, type WorkerMessage } from './protocol.js';

/**
 * True in a worker thread started by the isolated runner (`workerData.role === 'dry-run'`); the
 * bundle entry uses it to start {@link startDryRunWorker} instead of the action.
 */
export function isDryRunWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === DRY_RUN_WORKER_ROLE;
}

/**
 * The worker loop: answers each {@link RunMessage} with a step message as every step begins and
 * one result message, all values encoded for structured clone (codec.ts). Cases run one after
 * the other, synchronously; the main thread enforces the time limit by terminating the worker.
 * @throws Error when called outside a worker thread.
 */
export function startDryRunWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('startDryRunWorker must run in a worker thread');
  const definitions = new Map<number, Definition>();
  const post = (message: WorkerMessage): void => port.postMessage(message);
  port.on('message', (message: RunMessage) => {
    const { id } = message;
    let result: TestExecutionResult;
    try {
      if (message.definition !== undefined) definitions.set(message.definitionId, decodeFromWorker<Definition>(message.definition));
      const definition = definitions.get(message.definitionId);
      if (!definition) throw new Error(`definition ${message.definitionId} was never sent to this worker`);
      const testCase = decodeFromWorker<DryRunCase>(message.testCase);
      const options = decodeFromWorker<DryRunOptions>(message.options);
      result = dryRun(definition, testCase, options, {
        onStepBegin: (step, completed) => {
          const last = completed[completed.length - 1];
          post(last === undefined ? { type: 'step', id, step } : { type: 'step', id, step, completed: encodeJsonForWorker(last) });
        },
      });
    } catch (e) {
      result = internalError(e);
    }
    try {
      post({ type: 'result', id, result: encodeForWorker(result) as TestExecutionResult });
    } catch (e) {
      post({ type: 'result', id, result: internalError(e) });
    }
  });
  post({ type: 'ready' });
}

function internalError(e: unknown): TestExecutionResult {
  return failedAt([], 1, `dry run internal error: ${e instanceof Error ? e.message : String(e)}`);
}
