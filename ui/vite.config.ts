import { defineConfig } from 'vite'

// The web app is built into ui/dist and served by `lagebild serve`; in development, `npx vite ui` proxies the API.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
