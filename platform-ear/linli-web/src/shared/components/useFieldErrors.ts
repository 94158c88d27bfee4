import { reactive } from 'vue'
import { ApiError } from '../api/problem'

/**
 * The API's field errors next to the fields: `fields.apply(error)` after a failed submit keeps
 * `fields.messages[<field>]` (Element Plus `<el-form-item :error>`, Vant `:error-message`) and
 * answers whether there were any; `clear()` before the next submit.
 */
export function useFieldErrors() {
  const state = reactive({
    messages: {} as Record<string, string>,
    apply(error: unknown): boolean {
      this.messages = error instanceof ApiError ? error.fieldMessages() : {}
      return Object.keys(this.messages).length > 0
    },
    clear() {
      this.messages = {}
    },
  })
  return state
}
