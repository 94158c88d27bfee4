import { computed, reactive } from 'vue'
import { allItems } from '@/shared/api/paging'
import { fetchMySignups } from './api'
import type { MySignup } from './mySignups'

/**
 * My upcoming sign-ups from the API, shared by the views of the app (the activity page, 我的报名,
 * 签到) and read again after a change (a sign-up, a cancellation, a check-in). Nothing is kept on
 * the device: staff may sign me up or cancel for me at any time.
 */
const state = reactive({
  items: [] as MySignup[],
  loaded: false,
  loading: false,
  error: null as unknown,
})
let inFlight: Promise<void> | null = null

/** Reads the list; a read already running is let finish first (it may predate a change just made). */
async function load(): Promise<void> {
  while (inFlight) await inFlight
  state.loading = true
  state.error = null
  inFlight = (async () => {
    try {
      const items: MySignup[] = []
      for await (const s of allItems((cursor) => fetchMySignups('UPCOMING', cursor, 100), 20)) items.push(s)
      state.items = items
      state.loaded = true
    } catch (e) {
      state.error = e
    } finally {
      state.loading = false
      inFlight = null
    }
  })()
  return inFlight
}

/** Views call `reload()` when they open (staff may have signed me up or cancelled for me since). */
export function useMySignups() {
  return {
    upcoming: computed(() => state.items),
    loaded: computed(() => state.loaded),
    loading: computed(() => state.loading),
    error: computed(() => state.error),
    /** My live sign-up for the shift, if any. */
    find: (org: string, shiftId: string) => state.items.find((s) => s.org === org && s.shiftId === shiftId),
    /** Reads the list again (after a change made here or elsewhere). */
    reload: load,
  }
}
