import { describe, expect, it } from 'vitest'
import { keycloakUiLocales } from './auth'

describe('the login page language', () => {
  it('follows the app: Chinese, else English', () => {
    expect(keycloakUiLocales('zh-CN')).toBe('zh-CN')
    expect(keycloakUiLocales('en')).toBe('en')
  })
})
