import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createMobileRouter } from './router'
import { createMobileI18n } from './i18n'

const app = createApp(App)
app.use(createPinia())
app.use(createMobileI18n())
app.use(createMobileRouter())
app.mount('#app')
