import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev -w gateway/console` proxies the API to a gateway started by `npm start`.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 2500 },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true }, '/config.json': 'http://localhost:4000' },
  },
});
