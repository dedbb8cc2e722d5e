import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const api = process.env.CONSOLE_API_URL ?? 'http://localhost:3000';

/**
 * The console is built into dist/console, which the API serves at `/` (`npm start`). In development
 * (`npm run dev:console`) Vite proxies /graphql (HTTP and graphql-ws) and /healthz to a running API.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Each asset also as .br and .gz, which the API serves to browsers that accept them (apps/api/src/api-server.ts).
  plugins: [
    react(),
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // ECharts only with the pages that draw; everything else split by Rollup along the lazy pages.
        manualChunks: (id: string) =>
          id.includes('node_modules/echarts') || id.includes('node_modules/zrender') ? 'echarts' : undefined,
      },
    },
  },
  server: {
    port: Number(process.env.CONSOLE_DEV_PORT ?? 5173),
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/healthz': { target: api, changeOrigin: true },
    },
  },
});
