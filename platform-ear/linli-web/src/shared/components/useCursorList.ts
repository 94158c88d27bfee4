import { reactive, ref } from 'vue'
import { CursorList, type Page } from '../api/paging'

/**
 * A "load more" list for a view: `list.items`, `list.finished`, `list.loading`, `error`, and
 * `more()` / `reload()`. Failures land in `error` (shown by the view) instead of being thrown.
 */
export function useCursorList<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>) {
  const list = reactive(new CursorList<T>(fetchPage)) as CursorList<T>
  const error = ref<unknown>(null)

  async function more() {
    error.value = null
    try {
      await list.load()
    } catch (e) {
      error.value = e
    }
  }

  async function reload() {
    list.reset()
    await more()
  }

  return { list, error, more, reload }
}
