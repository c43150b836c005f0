// Loaded in a real local-engine worker thread before its entry (tests only): a message
// `{ type: 'test-fault', fault }` arms a fault that strikes while the next analysis runs: the entry's
// handler starts the analysis in the same turn, the fault comes on the next one (setImmediate). `exit`: process.exit(70) inside the worker; `throw`: an
// uncaught exception; `hang`: the thread blocks for good and never answers.
import { parentPort } from 'node:worker_threads';

export type InjectedFault = 'exit' | 'throw' | 'hang';

let armed: InjectedFault | undefined;

parentPort?.on('message', (message: { type: string; fault?: InjectedFault }) => {
  if (message.type === 'test-fault') {
    armed = message.fault;
    return;
  }
  if (message.type !== 'analyse' || armed === undefined) return;
  const fault = armed;
  armed = undefined;
  setImmediate(() => {
    if (fault === 'exit') process.exit(70);
    if (fault === 'throw') throw new Error('injected crash');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  });
});
