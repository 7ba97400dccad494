import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * A small asynchronous task with the API of @lit/task (`status`, `value`, `error`,
 * `taskComplete`, `run`, `abort`, autorun on changed `args`), which costs more bytes than a
 * one-quote page has to spare. One addition: the task stops when the host leaves the page, and
 * runs again when it comes back.
 */

export const TaskStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export interface TaskConfig<Args extends readonly unknown[], Value> {
  /** Computes the value; `signal` aborts when the arguments change or the host leaves the page. */
  task: (args: Args, options: { signal: AbortSignal }) => Value | Promise<Value>;
  /** The arguments, read before each update: the task runs again when one changed (by `===`). */
  args: () => Args;
  /** Called with each error of a current run (not with an abandoned run's). */
  onError?: (error: unknown) => void;
}

export class Task<Args extends readonly unknown[], Value> implements ReactiveController {
  /** Where the task is: INITIAL, PENDING, COMPLETE or ERROR (read-only). */
  status: TaskStatus = TaskStatus.INITIAL;
  /** The last value, kept while a new run is pending (read-only). */
  value: Value | undefined;
  /** The last run's error (read-only). */
  error: unknown;
  private previousArgs: Args | undefined;
  private abortController: AbortController | undefined;
  /** Increases with each run, so that an abandoned run's result is dropped. */
  private runId = 0;
  private complete: Promise<Value | undefined> | undefined;
  private settle: { resolve: (value: Value | undefined) => void; reject: (error: unknown) => void } | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly config: TaskConfig<Args, Value>) {
    host.addController(this);
  }

  /** Resolves with the value (rejects with the error) once no run is pending. */
  get taskComplete(): Promise<Value | undefined> {
    this.complete ??= this.status === TaskStatus.PENDING
      ? new Promise((resolve, reject) => (this.settle = { resolve, reject }))
      : this.status === TaskStatus.ERROR ? Promise.reject(this.error) : Promise.resolve(this.value);
    return this.complete;
  }

  hostUpdate(): void {
    const args = this.config.args();
    const previous = this.previousArgs;
    if (previous && previous.length === args.length && previous.every((value, index) => value === args[index])) return;
    void this.run(args);
  }

  hostConnected(): void {
    // Back in the page after hostDisconnected abandoned a pending run: run again.
    if (this.previousArgs === undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.status !== TaskStatus.PENDING) return;
    this.previousArgs = undefined;
    this.abort();
    this.runId++;
    this.status = TaskStatus.INITIAL;
    this.finish((settle) => settle.resolve(this.value));
  }

  /** Runs the task with `args` (by default, the current arguments); a pending run is aborted. */
  async run(args: Args = this.config.args()): Promise<void> {
    this.previousArgs = args;
    if (this.status === TaskStatus.PENDING) this.abort();
    else this.complete = this.settle = undefined;
    this.status = TaskStatus.PENDING;
    const id = ++this.runId;
    const abort = (this.abortController = new AbortController());
    this.host.requestUpdate();
    let outcome: { value: Value } | { error: unknown };
    try {
      outcome = { value: await this.config.task(args, { signal: abort.signal }) };
    } catch (error) {
      outcome = { error };
    }
    if (id !== this.runId) return;
    if ('value' in outcome) {
      this.status = TaskStatus.COMPLETE;
      this.value = outcome.value;
      this.error = undefined;
      this.finish((settle) => settle.resolve(outcome.value));
    } else {
      this.status = TaskStatus.ERROR;
      this.error = outcome.error;
      this.config.onError?.(outcome.error);
      this.finish((settle) => settle.reject(outcome.error));
    }
    this.host.requestUpdate();
  }

  /** Aborts the pending run's signal. */
  abort(reason?: unknown): void {
    if (this.status === TaskStatus.PENDING) this.abortController?.abort(reason);
  }

  /** Settles the taskComplete promise of the runs that ended. */
  private finish(how: (settle: NonNullable<Task<Args, Value>['settle']>) => void): void {
    const settle = this.settle;
    this.settle = undefined;
    if (settle) how(settle);
    else this.complete = undefined;
  }
}
