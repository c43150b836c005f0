import { livenessKit } from '@liveness-kit/react/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { workspaceSources } from '../../vite.shared.js';

export default defineConfig({
  // livenessKit() serves the face models and wasm from this app (never a CDN) and copies them into builds.
  plugins: [react(), workspaceSources(), livenessKit()],
  server: {
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
    host: process.env.HOST ?? 'localhost',
  },
});
