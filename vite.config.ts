import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';

// The relay owns these paths on the same origin: the service worker must never answer a
// navigation to them with the app shell (CONTRACTS.md §5).
const relayPaths = [/^\/hook\//, /^\/api\//, /^\/healthz/];

export default defineConfig({
  plugins: [
    solid(),
    VitePWA({
      // Prompt flow: a new version waits until the user clicks "Reload" (see UpdateToast).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/weft.svg'],
      manifest: {
        name: 'Weft',
        short_name: 'Weft',
        description:
          'Automations that run in your browser: scenarios, webhooks, files, offline too.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#6d4aff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The app shell and every chunk, the engine worker's included, so it all works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: relayPaths,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  // Worker-only dependencies, pre-bundled so the dev server does not reload mid-session.
  optimizeDeps: { include: ['jszip', 'comlink'] },
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
