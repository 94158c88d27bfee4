/**
 * Yuan strings as the API takes them ("123.45") to fen, for the voucher form's running totals.
 * Anything that is not a plain amount with at most two decimals counts as 0 here (the API refuses
 * it with INVALID_AMOUNT and says which field).
 */
export function toCents(text: string): number {
  const s = text.trim()
  if (!/^[0-9]{1,13}(\.[0-9]{1,2})?$/.test(s)) return 0
  const [whole, frac = ''] = s.split('.')
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'))
}

/** Debit and credit totals of the form's lines, in fen. */
export function balanceOf(lines: { debit: string; credit: string }[]): { debit: number; credit: number } {
  return lines.reduce((t, l) => ({ debit: t.debit + toCents(l.debit), credit: t.credit + toCents(l.credit) }), { debit: 0, credit: 0 })
}
