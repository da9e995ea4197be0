/**
 * The dashboard's build: client/ → dist/client/, served by the Vigie server
 * (server/http/dashboard.ts). `npm run dev` serves it with hot reload and
 * proxies the API and the websocket to a server started with `npm start`.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const backend = process.env.VIGIE_BACKEND ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    // The server's CSP allows no inline script or style: every asset is a file.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': backend,
      '/socket.io': { target: backend, ws: true },
    },
  },
});
