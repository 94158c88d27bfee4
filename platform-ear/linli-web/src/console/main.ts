import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/base.css'
import App from './App.vue'
import { createConsoleRouter } from './router'
import { consoleI18n } from './i18n'
import { installConsoleGuard } from './guards'
import { bootPlatform } from '@/shared/platform'
import { installLoginGuard } from '@/shared/guards'

async function start() {
  const i18n = consoleI18n()
  const router = createConsoleRouter()
  await bootPlatform({ appBase: '/', i18n, router })
  installLoginGuard(router)
  installConsoleGuard(router)
  const app = createApp(App)
  app.use(createPinia())
  app.use(i18n)
  app.use(router)
  app.mount('#app')
}

void start()
