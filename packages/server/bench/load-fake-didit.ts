// Child process of bench/load.ts: the fake Didit in its own process, so the server under load
// does not starve it. Answers every check Approved after DELAY_MS (Didit's own latency, faked);
// prints its URL on stdout and runs until killed.
import { diditApprovedBody, FakeDiditServer } from '@liveness-kit/test-utils';

const delayMs = Number(process.env.FAKE_DIDIT_DELAY_MS ?? 200);
const didit = new FakeDiditServer();
didit.defaultReply = () => ({ body: diditApprovedBody(), delayMs });
await didit.start();
// Keep no request log: the bench sends tens of thousands.
setInterval(() => {
  didit.requests.length = 0;
}, 1_000).unref();
process.stdout.write(`${JSON.stringify({ url: didit.url })}\n`);
process.on('SIGTERM', () => void didit.stop().then(() => process.exit(0)));
