import type { Locale } from './locales'

/** A message tree: nested objects of strings (vue-i18n syntax: {name} placeholders, | plurals). */
export interface MessageTree {
  [key: string]: string | MessageTree
}

/** Modules found by import.meta.glob('./areas/<area>/i18n/<locale>.ts', { eager: true }). */
export type MessageModules = Record<string, { default: MessageTree }>

const FILE = /\/([^/]+)\/i18n\/([^/]+)\.ts$/

/**
 * Builds the per-locale messages from per-area files: the messages of `areas/members/i18n/en.ts`
 * land under `members.` in `en`. An area owns its folder, so adding one touches no shared file.
 */
export function collectMessages(
  modules: MessageModules,
  base: Partial<Record<Locale, MessageTree>> = {},
): Record<string, MessageTree> {
  const out: Record<string, MessageTree> = {}
  for (const [locale, tree] of Object.entries(base)) out[locale] = { ...tree }
  for (const [path, mod] of Object.entries(modules)) {
    const match = FILE.exec(path)
    if (!match) throw new Error(`message file not under <area>/i18n/<locale>.ts: ${path}`)
    const [, area, locale] = match
    out[locale] ??= {}
    if (out[locale][area]) throw new Error(`message namespace '${area}' defined twice (${path})`)
    out[locale][area] = mod.default
  }
  return out
}

/** Every leaf key of a tree, dotted ("members.list.title"). */
export function leafKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leafKeys(value, `${prefix}${key}.`),
  )
}
