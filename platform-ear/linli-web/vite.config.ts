/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { VantResolver } from '@vant/auto-import-resolver'

// Where `npm run dev` sends API calls (a platform started by `linli run`).
const backend = process.env.LINLI_DEV_BACKEND ?? 'http://127.0.0.1:9080'

/** Dev server only: history-mode deep links under /m/ get the mobile page (Liberty's SpaRoutingFilter does this in production). */
function mobileHistoryFallback(): Plugin {
  return {
    name: 'linli-mobile-history-fallback',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const url = req.url ?? ''
        if (url === '/m' || (url.startsWith('/m/') && !url.slice(3).includes('.'))) {
          req.url = '/m/index.html'
        }
        next()
      })
    },
  }
}

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus (console) and Vant (mobile) components are imported per use, with their CSS,
    // so each app carries only what it renders.
    Components({ resolvers: [ElementPlusResolver(), VantResolver()], dts: false }),
    mobileHistoryFallback(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // vue-i18n: Composition API only, no devtools hooks (smaller bundles).
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  base: '/',
  build: {
    // Packaged by Maven into the linli-web jar: META-INF/resources of a jar in WEB-INF/lib is
    // served by the servlet container at the web application's root.
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2020',
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      input: {
        console: fileURLToPath(new URL('./index.html', import.meta.url)),
        mobile: fileURLToPath(new URL('./m/index.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': backend,
      '/app-config.json': backend,
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
