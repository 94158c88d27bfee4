import { ref, watch, type Ref } from 'vue'

const ELDER_KEY = 'linli.elder'

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null
  } catch {
    return null
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value)
  } catch {
    // not remembered (storage blocked); still applies to this page
  }
}

let elder: Ref<boolean> | undefined

/**
 * The elder-friendly mode (适老化, 工信部 guidance): large type (body ≥ 18 px), high contrast,
 * big touch targets, messages that stay until dismissed. One switch, remembered on this device;
 * it sets the class `elder` on <html>, which the app's CSS variables follow.
 */
export function useElderMode(): Ref<boolean> {
  if (!elder) {
    const state = ref(read(ELDER_KEY) === 'on')
    const apply = (on: boolean) => document.documentElement.classList.toggle('elder', on)
    apply(state.value)
    watch(state, (on) => {
      write(ELDER_KEY, on ? 'on' : 'off')
      apply(on)
    })
    elder = state
  }
  return elder
}
