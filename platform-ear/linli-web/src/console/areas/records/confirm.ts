import { ElMessageBox } from 'element-plus'
import 'element-plus/es/components/message-box/style/css'
import { consoleI18n } from '@/console/i18n'

/**
 * Asks before a destructive or binding action (approve, reject, revoke, status change): answers
 * true when confirmed, false when cancelled or closed. Buttons in the UI language.
 */
export async function confirmAction(message: string, title: string, options: { danger?: boolean } = {}): Promise<boolean> {
  const { t } = consoleI18n().global
  try {
    await ElMessageBox.confirm(message, title, {
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
      type: options.danger ? 'warning' : 'info',
      confirmButtonClass: options.danger ? 'el-button--danger' : undefined,
      closeOnClickModal: false,
      customClass: 'linli-confirm',
    })
    return true
  } catch {
    return false
  }
}
