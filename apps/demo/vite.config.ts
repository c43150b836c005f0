import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { workspaceSources } from '../../vite.shared.js';

export default defineConfig({
  plugins: [react(), workspaceSources()],
  server: {
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
    host: process.env.HOST ?? 'localhost',
  },
});
