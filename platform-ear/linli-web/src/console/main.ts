import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/base.css'
import App from './App.vue'
import { createConsoleRouter } from './router'
import { createConsoleI18n } from './i18n'

const app = createApp(App)
app.use(createPinia())
app.use(createConsoleI18n())
app.use(createConsoleRouter())
app.mount('#app')
