import { describe, expect, it } from 'vitest'
import { keycloakUiLocales } from './auth'

describe('the login page language', () => {
  it('follows the app: Chinese as Keycloak names it, else English', () => {
    expect(keycloakUiLocales('zh-CN')).toBe('zh-Hans')
    expect(keycloakUiLocales('en')).toBe('en')
  })
})
