/**
 * Builds the UI into packages/web/dist, which `silkloom serve` serves at `/`.
 * Nothing is fetched at run time: fonts come from @fontsource packages and are
 * emitted as hashed assets next to the code. ECharts is split into its own
 * chunk, loaded when a chart first renders.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': process.env.SILKLOOM_API ?? 'http://127.0.0.1:8080' } },
});
