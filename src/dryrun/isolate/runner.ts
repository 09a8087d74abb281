import { Worker } from 'node:worker_threads';
import type { Definition } from '../../definitions/types.js';
import type { DryRunCase, DryRunOptions, OperationResult, TestExecutionResult } from '../types.js';
import { decodeFromWorker, decodeJsonFromWorker, encodeForWorker } from './codec.js';
import { workerEntry } from './entry.js';
import { DRY_RUN_WORKER_ROLE, type DryRunWorkerData, type RunMessage, type WorkerMessage } from './protocol.js';
import { type StopReason, failedAt, stoppedResult } from './stopped.js';

/** Limits of an isolated runner. */
export interface IsolatedRunnerOptions {
  /** Wall-clock limit per case, in milliseconds; default 10,000 (10 s). */
  timeoutMs?: number;
  /**
   * Heap limit of the worker (`resourceLimits.maxOldGenerationSizeMb`), in MB; default 512,
   * at least 16 (with a limit of a few MB, V8 aborts the whole process while creating the
   * worker's heap instead of stopping the worker).
   */
  maxMemoryMb?: number;
  /** Time allowed for a worker to start (load the engine), in milliseconds; default 60,000. */
  startTimeoutMs?: number;
  /** Observer called with every worker thread the runner starts (e.g. to log or watch its exit). */
  onWorkerStart?: (worker: Worker) => void;
}

/** Runs dry-run cases in a worker thread, one at a time, each within the runner's limits. */
export interface IsolatedRunner {
  /**
   * Dry-runs one case in the worker: the same `TestExecutionResult` as `dryRun` for a case that
   * finishes. A case that runs past the time limit, exceeds the memory limit or crashes the
   * worker resolves as a failure of the step it was in (`ACTION.PROCESSING`); the worker is then
   * replaced for the next case. Never rejects, except after {@link close}.
   *
   * The definition object is copied to the worker on its first run and reused afterwards (so the
   * worker's schema cache works): do not mutate a definition between runs.
   */
  run(definition: Definition, testCase: DryRunCase, options?: DryRunOptions): Promise<TestExecutionResult>;
  /** Terminates the worker; pending cases resolve as crashed, later calls to `run` reject. */
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_MEMORY_MB = 512;
const MIN_MEMORY_MB = 16;
const DEFAULT_START_TIMEOUT_MS = 60_000;

interface Job {
  id: number;
  definition: Definition;
  testCase: DryRunCase;
  options: DryRunOptions;
  resolve: (result: TestExecutionResult) => void;
}

/** The running case: progress reported so far and its time limit. */
interface Active {
  job: Job;
  step: number;
  /** The finished operations as the worker reported them (JSON text), decoded only if it stops. */
  completed: string[];
  timer: NodeJS.Timeout;
}

/** One worker thread and what the runner knows about it. */
interface Slot {
  worker: Worker;
  ready: boolean;
  /** Definition ids already sent to this worker. */
  sent: Set<number>;
  startTimer: NodeJS.Timeout | undefined;
  dead: boolean;
}

/**
 * Creates a runner that executes dry runs in a `node:worker_threads` worker, so that a hostile
 * definition from a pull request (a catastrophic regular expression, an endless loop, a template
 * that fills the heap) ends as a failed case instead of hanging or killing the run. The worker
 * is started on the first case, reused across cases, and replaced after a timeout, an
 * out-of-memory stop or a crash. It does not keep the process alive while idle.
 *
 * Worker entry (entry.ts): the ncc bundle starts itself with `workerData.role = 'dry-run'`; the
 * TypeScript sources start `worker-entry.ts` through tsx.
 * @throws RangeError when `timeoutMs` or `startTimeoutMs` is not positive or `maxMemoryMb` is below 16.
 */
export function createIsolatedRunner(options: IsolatedRunnerOptions = {}): IsolatedRunner {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxMemoryMb = options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  const startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  if (!(timeoutMs > 0) || !(startTimeoutMs > 0)) throw new RangeError('timeoutMs and startTimeoutMs must be positive');
  if (!(maxMemoryMb >= MIN_MEMORY_MB)) throw new RangeError(`maxMemoryMb must be at least ${MIN_MEMORY_MB}`);
  const queue: Job[] = [];
  const definitionIds = new WeakMap<Definition, number>();
  let nextDefinitionId = 1;
  let nextJobId = 1;
  let slot: Slot | undefined;
  let active: Active | undefined;
  let closed = false;

  function definitionId(definition: Definition): number {
    let id = definitionIds.get(definition);
    if (id === undefined) {
      id = nextDefinitionId++;
      definitionIds.set(definition, id);
    }
    return id;
  }

  function startWorker(): Slot {
    const entry = workerEntry();
    const workerData: DryRunWorkerData = { role: DRY_RUN_WORKER_ROLE };
    const worker = new Worker(entry.url, { execArgv: entry.execArgv, workerData, resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } });
    const s: Slot = { worker, ready: false, sent: new Set(), startTimer: undefined, dead: false };
    s.startTimer = setTimeout(() => stopWorker(s, { kind: 'crash', detail: `it did not start within ${startTimeoutMs / 1000} s` }), startTimeoutMs);
    worker.on('message', (message: WorkerMessage) => onMessage(s, message));
    worker.on('error', (error: Error & { code?: string }) => {
      const reason: StopReason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'memory', maxMemoryMb } : { kind: 'crash', detail: error.message };
      stopWorker(s, reason);
    });
    worker.on('exit', (code) => stopWorker(s, { kind: 'crash', detail: `exit code ${code}` }));
    // After the listeners (adding a 'message' listener refs the worker again): an idle worker
    // does not keep the process alive; a running case does, through its timer.
    worker.unref();
    options.onWorkerStart?.(worker);
    return s;
  }

  function onMessage(s: Slot, message: WorkerMessage): void {
    if (s.dead) return;
    if (message.type === 'ready') {
      s.ready = true;
      clearTimeout(s.startTimer);
      pump();
      return;
    }
    if (!active || message.id !== active.job.id) return;
    if (message.type === 'step') {
      if (message.completed !== undefined) active.completed.push(message.completed);
      active.step = message.step;
      return;
    }
    const { job, timer } = active;
    clearTimeout(timer);
    active = undefined;
    job.resolve(decodeFromWorker<TestExecutionResult>(message.result));
    pump();
  }

  /**
   * Ends a worker (once): the running case fails with `reason` at the step it was in; a worker
   * that stops before it is ready fails every waiting case (a restart would fail alike).
   */
  function stopWorker(s: Slot, reason: StopReason): void {
    if (s.dead) return;
    s.dead = true;
    clearTimeout(s.startTimer);
    if (slot === s) slot = undefined;
    void s.worker.terminate();
    if (active) {
      const { job, timer, completed, step } = active;
      clearTimeout(timer);
      active = undefined;
      job.resolve(stoppedResult(completed.map((text) => decodeJsonFromWorker<OperationResult>(text)), step, reason));
    } else if (!s.ready) {
      const detail = reason.kind === 'crash' ? reason.detail : reason.kind === 'memory' ? `it needs more than ${reason.maxMemoryMb} MB` : 'timeout';
      for (const job of queue.splice(0)) job.resolve(notStarted(detail));
    }
    if (!closed) pump();
  }

  function pump(): void {
    if (active || closed || queue.length === 0) return;
    if (!slot) {
      try {
        slot = startWorker();
      } catch (e) {
        for (const job of queue.splice(0)) job.resolve(notStarted(e instanceof Error ? e.message : String(e)));
        return;
      }
    }
    if (!slot.ready) return;
    const job = queue.shift() as Job;
    const s = slot;
    const id = definitionId(job.definition);
    const message: RunMessage = {
      type: 'run',
      id: job.id,
      definitionId: id,
      testCase: encodeForWorker(caseOnly(job.testCase)) as DryRunCase,
      options: encodeForWorker(job.options) as DryRunOptions,
    };
    if (!s.sent.has(id)) message.definition = encodeForWorker(job.definition) as Definition;
    try {
      s.worker.postMessage(message);
    } catch (e) {
      job.resolve(internalError(`the case cannot be sent to the dry-run worker: ${e instanceof Error ? e.message : String(e)}`));
      pump();
      return;
    }
    s.sent.add(id);
    const timer = setTimeout(() => stopWorker(s, { kind: 'timeout', timeoutMs }), timeoutMs);
    active = { job, step: 1, completed: [], timer };
  }

  return {
    run(definition, testCase, runOptions = {}) {
      if (closed) return Promise.reject(new Error('the isolated dry-run runner is closed'));
      return new Promise<TestExecutionResult>((resolve) => {
        queue.push({ id: nextJobId++, definition, testCase, options: runOptions, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      const s = slot;
      slot = undefined;
      for (const job of queue.splice(0)) job.resolve(internalError('the runner was closed before this case ran'));
      if (!s) return;
      stopWorker(s, { kind: 'crash', detail: 'the runner was closed' });
      await s.worker.terminate();
    },
  };
}

/** The fields of a case the engine reads (a fixture carries more, e.g. its expectation). */
function caseOnly(testCase: DryRunCase): DryRunCase {
  const out: DryRunCase = { input: testCase.input, response: testCase.response };
  if (testCase.credentials !== undefined) out.credentials = testCase.credentials;
  if (testCase.authResponse !== undefined) out.authResponse = testCase.authResponse;
  return out;
}

function internalError(detail: string): TestExecutionResult {
  return failedAt([], 1, `dry run internal error: ${detail}`);
}

function notStarted(detail: string): TestExecutionResult {
  return internalError(`the dry-run worker could not start (${detail})`);
}
