import { describe, expect, it } from 'vitest'
import { idempotentSubmission, newIdempotencyKey } from './idempotencyKey'

describe('idempotency keys', () => {
  it('are UUIDs, new each time', () => {
    const a = newIdempotencyKey()
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(newIdempotencyKey()).not.toBe(a)
  })

  it('stay the same for a submission until it is done', () => {
    const submission = idempotentSubmission()
    const first = submission.key()
    expect(submission.key()).toBe(first)
    submission.done()
    expect(submission.key()).not.toBe(first)
  })
})
