// `npm start`: installs what is missing, then serves the demo app (PORT overrides 5173).
import { ensureDependencies, pnpm } from './ensure-env.mjs';

ensureDependencies();
const port = process.env.PORT ?? '5173';
console.log(`\nliveness-kit demo: http://localhost:${port}\n`);
pnpm(['--filter', '@liveness-kit/demo', 'run', 'dev'], { env: { ...process.env, PORT: port } });
