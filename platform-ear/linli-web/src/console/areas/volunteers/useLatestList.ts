import { watch } from 'vue'
import type { Page } from '@/shared/api/paging'
import { useCursorList } from '@/shared/components/useCursorList'

/**
 * useCursorList for lists whose filters change: CursorList.load() does nothing while a page is
 * loading, so a reload started during the first load (a search typed at once, a filter changed)
 * would be dropped and the old page shown. Here a reload waits for the running load, then starts
 * over with the current filters.
 */
export function useLatestList<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>) {
  const inner = useCursorList<T>(fetchPage)

  function idle(): Promise<void> {
    if (!inner.list.loading) return Promise.resolve()
    return new Promise((resolve) => {
      const stop = watch(
        () => inner.list.loading,
        (loading) => {
          if (loading) return
          stop()
          resolve()
        },
      )
    })
  }

  async function reload() {
    await idle()
    await inner.reload()
  }

  async function more() {
    await idle()
    await inner.more()
  }

  return { list: inner.list, error: inner.error, more, reload }
}
