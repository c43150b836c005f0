import { startDemoServer } from './demo-server.js';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';
try {
  const server = await startDemoServer({ port, host });
  if (server.notice) console.error(`liveness-kit: ${server.notice}`);
  console.log(
    `\n  liveness-kit demo: ${server.url}/  (API: ${server.url}/api/v3/passive-liveness/, ${server.engine.name} engine)\n`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const e = error as NodeJS.ErrnoException;
  console.error(
    e.code === 'EADDRINUSE'
      ? `liveness-kit: port ${port} is in use: set PORT to another one, e.g. PORT=5174 npm start`
      : `liveness-kit: the demo could not start: ${e.message}`,
  );
  process.exit(1);
}
