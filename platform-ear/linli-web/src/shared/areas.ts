import type { RouteRecordRaw } from 'vue-router'

/**
 * What an area (a folder under src/console/areas or src/mobile/areas) contributes to its app.
 * The app finds every `areas/<area>/routes.ts` by glob, so adding an area touches no shared file.
 */
export interface AreaModule {
  routes: RouteRecordRaw[]
  /** Console side menu entries (the mobile app ignores them). */
  menu?: MenuEntry[]
  /** Mobile tab bar entries (the console ignores them). */
  tabs?: TabEntry[]
}

/** Organization roles as the API names them (GET /api/v1/me memberships[].roles). */
export type OrgRole = 'org-admin' | 'staff' | 'finance' | 'volunteer' | 'auditor'

export interface MenuEntry {
  /** Route name to open; `org` routes get the current organization as param `org`. */
  route: string
  /** i18n key of the label. */
  label: string
  /** Lower comes first. Areas pick spaced numbers (10, 20, ...) so others fit in between. */
  order: number
  /** `org`: an organization's page (needs a current organization); `platform`: platform admins. */
  scope: 'org' | 'platform'
  /** For `org` entries: shown when the caller has one of these roles there (none: every member). */
  roles?: OrgRole[]
  /** i18n key of a sub-menu title: entries with the same group are shown together under it. */
  group?: string
}

/** Mobile tab bar entries (shown when there are at least two). */
export interface TabEntry {
  route: string
  label: string
  /** A Vant icon name (https://vant-ui.github.io/vant/#/en-US/icon). */
  icon: string
  order: number
}

/** Route meta used by the apps' guards. */
declare module 'vue-router' {
  interface RouteMeta {
    /** No login needed (callback, error pages). */
    public?: boolean
    /** i18n key of the page title. */
    title?: string
    /** Roles in the route's organization (param `org`) that may open it. */
    roles?: OrgRole[]
    /** Platform administrators only (realm role platform-admin). */
    platformAdmin?: boolean
    /** Shown without the app's chrome (menu, tab bar): login callback, session pages. */
    bare?: boolean
    /** Open to a signed-in person whatever their memberships (session pages). */
    anyMembership?: boolean
  }
}

type AreaModules = Record<string, { default: AreaModule }>

/** Flattens the globbed area modules, in path order (stable). */
export function collectAreas(modules: AreaModules): AreaModule[] {
  return Object.keys(modules)
    .sort()
    .map((path) => modules[path].default)
}
