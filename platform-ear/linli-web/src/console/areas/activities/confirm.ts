import { ElMessage, ElMessageBox } from 'element-plus'
import 'element-plus/es/components/message-box/style/css'
import 'element-plus/es/components/message/style/css'

type T = (key: string, values?: Record<string, unknown>) => string

/** Asks before an action that cannot be undone; true when confirmed. */
export async function confirmAction(t: T, title: string, message: string, confirmText: string, danger = true): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      confirmButtonText: confirmText,
      cancelButtonText: t('common.cancel'),
      type: danger ? 'warning' : 'info',
      confirmButtonClass: danger ? 'el-button--danger' : undefined,
    })
    return true
  } catch {
    return false
  }
}

export function notify(text: string, type: 'success' | 'error' = 'success') {
  ElMessage({ message: text, type, showClose: true, duration: type === 'error' ? 0 : 3000 })
}
