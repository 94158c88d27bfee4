import { describe, expect, it } from 'vitest'
import { groupCode, normalizeCode, parsePickupQr, pickupQrText } from './pickup'

describe('pickup QR text', () => {
  it('round-trips organization, redemption and code', () => {
    const ticket = { org: 'sunshine-sw', redemptionId: '6f0c2c1e-1b7a-4d0e-9b1e-2a2f0f3c4d5e', code: '01234567' }
    const text = pickupQrText(ticket)
    expect(text).toBe('LINLI-PICKUP:1:sunshine-sw:6f0c2c1e-1b7a-4d0e-9b1e-2a2f0f3c4d5e:01234567')
    expect(parsePickupQr(`  ${text}\n`)).toEqual(ticket)
  })

  it('refuses anything else, so it can be taken as a typed code', () => {
    expect(parsePickupQr('01234567')).toBeNull()
    expect(parsePickupQr('LINLI-PICKUP:1:sunshine-sw::01234567')).toBeNull()
    expect(parsePickupQr('LINLI-PICKUP:1:a:b')).toBeNull()
    expect(parsePickupQr('https://example.org/x')).toBeNull()
  })

  it('groups and normalizes codes for people', () => {
    expect(groupCode('01234567')).toBe('0123 4567')
    expect(normalizeCode(' 0123 45-67 ')).toBe('01234567')
  })
})
