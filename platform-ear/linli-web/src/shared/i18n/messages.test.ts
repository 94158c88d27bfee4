import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { collectMessages, leafKeys, type MessageModules, type MessageTree } from './messages'
import { LOCALES } from './locales'

/**
 * i18n completeness: every message file of both apps (and the shared `common` one) exists in
 * every locale, with the same keys and the same placeholders, and every text compiles.
 */
const common = import.meta.glob('./common/*.ts', { eager: true }) as MessageModules
const consoleAreas = import.meta.glob('../../console/areas/*/i18n/*.ts', { eager: true }) as MessageModules
const mobileAreas = import.meta.glob('../../mobile/areas/*/i18n/*.ts', { eager: true }) as MessageModules

/** The common files live at shared/i18n/common/<locale>.ts: give them the area name `common`. */
const commonAsArea: MessageModules = Object.fromEntries(
  Object.entries(common).map(([path, mod]) => [path.replace('./common/', './common/i18n/'), mod]),
)

const apps: Record<string, Record<string, MessageTree>> = {
  common: collectMessages(commonAsArea),
  console: collectMessages(consoleAreas),
  mobile: collectMessages(mobileAreas),
}

function value(tree: MessageTree, key: string): string {
  return key.split('.').reduce<string | MessageTree>((node, part) => (node as MessageTree)[part], tree) as string
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe.each(Object.entries(apps))('%s messages', (_app, messages) => {
  it('exist in every locale', () => {
    expect(Object.keys(messages).sort()).toEqual([...LOCALES].sort())
  })

  it('has an area in every locale when it has it in one', () => {
    const [first, ...others] = LOCALES
    for (const locale of others) {
      expect(Object.keys(messages[locale]).sort(), locale).toEqual(Object.keys(messages[first]).sort())
    }
  })

  it('has every zh-CN key in en and every en key in zh-CN', () => {
    const zh = leafKeys(messages['zh-CN']).sort()
    const en = leafKeys(messages.en).sort()
    expect(zh.filter((k) => !en.includes(k)), 'keys missing in en').toEqual([])
    expect(en.filter((k) => !zh.includes(k)), 'keys missing in zh-CN').toEqual([])
  })

  it('has no empty text and the same placeholders in every locale', () => {
    for (const key of leafKeys(messages['zh-CN'])) {
      const zh = value(messages['zh-CN'], key)
      const en = value(messages.en, key)
      expect(zh.trim(), `zh-CN ${key}`).not.toBe('')
      expect(en.trim(), `en ${key}`).not.toBe('')
      expect(placeholders(en), `placeholders of ${key}`).toEqual(placeholders(zh))
    }
  })

  it('compiles every text', () => {
    for (const locale of LOCALES) {
      const errors: string[] = []
      const i18n = createI18n({ legacy: false, locale, messages: { [locale]: messages[locale] } })
      for (const key of leafKeys(messages[locale])) {
        try {
          i18n.global.t(key, { n: 1, count: 1, hours: 1, org: 'o', status: 500 })
        } catch (e) {
          errors.push(`${locale} ${key}: ${(e as Error).message}`)
        }
      }
      expect(errors).toEqual([])
    }
  })
})

describe('message collection', () => {
  it('puts each area under its folder name and refuses a file outside <area>/i18n/', () => {
    const out = collectMessages({ './areas/members/i18n/en.ts': { default: { title: 'Members' } } })
    expect(out.en.members).toEqual({ title: 'Members' })
    expect(() => collectMessages({ './areas/members/en.ts': { default: {} } })).toThrow(/i18n/)
  })
})
