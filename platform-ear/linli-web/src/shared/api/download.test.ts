import { describe, expect, it } from 'vitest'
import { filenameFrom } from './download'

describe('file names of downloads', () => {
  it('prefers the UTF-8 filename* of RFC 6266', () => {
    const header =
      "attachment; filename=\"volunteers-20261206.csv\"; filename*=UTF-8''%E5%BF%97%E6%84%BF%E8%80%85%E5%90%8D%E5%86%8C-20261206.csv"
    expect(filenameFrom(header, 'x.csv')).toBe('志愿者名册-20261206.csv')
  })

  it('takes the plain filename, quoted or not', () => {
    expect(filenameFrom('attachment; filename="LL-2026-000001.pdf"', 'x.pdf')).toBe('LL-2026-000001.pdf')
    expect(filenameFrom('inline; filename=cert.pdf', 'x.pdf')).toBe('cert.pdf')
  })

  it('falls back when the answer names no file or a broken one', () => {
    expect(filenameFrom(null, 'export.xlsx')).toBe('export.xlsx')
    expect(filenameFrom('attachment', 'export.xlsx')).toBe('export.xlsx')
    expect(filenameFrom("attachment; filename*=UTF-8''%E5%ZZ", 'x.csv')).toBe('x.csv')
  })
})
