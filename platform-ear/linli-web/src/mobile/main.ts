import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'vant/es/style/base.css'
import './elder.css'
import App from './App.vue'
import { createMobileRouter } from './router'
import { mobileI18n } from './i18n'
import { installMobileGuard } from './guards'
import { bootPlatform } from '@/shared/platform'
import { installLoginGuard } from '@/shared/guards'
import { useElderMode } from '@/shared/preferences'

async function start() {
  const i18n = mobileI18n()
  const router = createMobileRouter()
  useElderMode()
  await bootPlatform({ appBase: '/m/', i18n, router })
  installLoginGuard(router)
  installMobileGuard(router)
  const app = createApp(App)
  app.use(createPinia())
  app.use(i18n)
  app.use(router)
  app.mount('#app')
}

void start()
