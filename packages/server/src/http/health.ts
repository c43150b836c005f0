import { Hono } from 'hono';

/** `GET /healthz`: answers 200 with `{ ok: true }` while the process serves. */
export function createHealthRoute(): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  return app;
}
