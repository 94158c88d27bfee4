import { describe, expect, it } from 'vitest'
import { isCheckinCode, parseCheckinPayload } from './payload'

describe('check-in QR payload', () => {
  it('reads organization, shift and code', () => {
    expect(parseCheckinPayload('linli:checkin:v1:sunshine-sw:0b6f3c1e-1111-4a2b-9c3d-123456789abc:042917')).toEqual({
      org: 'sunshine-sw',
      shiftId: '0b6f3c1e-1111-4a2b-9c3d-123456789abc',
      code: '042917',
    })
  })

  it('refuses anything else', () => {
    for (const text of [
      '',
      null,
      'https://example.org/',
      'linli:checkin:v2:o:s:123456',
      'linli:checkin:v1:o:s:12345',
      'linli:checkin:v1:o:s:1234567',
      'linli:checkin:v1:o:s:abcdef',
      'linli:checkin:v1:o:s',
      'linli:checkin:v1:o/../x:s:123456',
      'linli:checkin:v1:o:s:123456:extra',
    ]) {
      expect(parseCheckinPayload(text), String(text)).toBeNull()
    }
  })

  it('knows a typed code', () => {
    expect(isCheckinCode('000123')).toBe(true)
    expect(isCheckinCode('12 345')).toBe(false)
  })
})
