import { computed, ref } from 'vue'
import { useSession } from '@/shared/session'
import { MySignupStore, type MySignup } from './mySignups'

const version = ref(0)

/**
 * The signed-in person's remembered sign-ups, reactive: views re-read after `changed()`
 * (a sign-up, a cancellation, a check-in in another view of the app).
 */
export function useMySignups() {
  const session = useSession()
  const store = computed(() => {
    void version.value
    let storage: Storage | undefined
    try {
      storage = globalThis.localStorage
    } catch {
      storage = undefined
    }
    return new MySignupStore(storage, session.profile?.personId ?? 'anonymous')
  })
  const all = computed<MySignup[]>(() => store.value.all())
  const upcoming = computed<MySignup[]>(() => store.value.upcoming())
  return {
    all,
    upcoming,
    find: (org: string, shiftId: string) => store.value.find(org, shiftId),
    remember(entry: MySignup) {
      store.value.remember(entry)
      version.value++
    },
    update(org: string, shiftId: string, change: Partial<MySignup>) {
      store.value.update(org, shiftId, change)
      version.value++
    },
  }
}
