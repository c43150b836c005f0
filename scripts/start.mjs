// `npm start`: installs what is missing, then serves the demo app (PORT overrides 5173).
import { ensureDependencies, pnpm } from './ensure-env.mjs';

ensureDependencies();
const port = process.env.PORT ?? '5173';
pnpm(['--filter', '@liveness-kit/demo', 'run', 'start'], { env: { ...process.env, PORT: port } });
