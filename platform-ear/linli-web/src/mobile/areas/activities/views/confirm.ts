import { showConfirmDialog } from 'vant'
import 'vant/es/dialog/style'

/** Asks before cancelling a sign-up (a destructive action); true when confirmed. */
export async function confirmCancel(t: (key: string, values?: Record<string, unknown>) => string, title: string, time: string) {
  try {
    await showConfirmDialog({
      title: t('activities.cancelConfirmTitle'),
      message: t('activities.cancelConfirm', { title, time }),
      confirmButtonText: t('activities.doCancel'),
      cancelButtonText: t('activities.keep'),
      confirmButtonColor: 'var(--van-danger-color)',
    })
    return true
  } catch {
    return false
  }
}
