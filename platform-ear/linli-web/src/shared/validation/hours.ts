/**
 * Hours typed by a person, checked as the API parses them (fund-module Unit.HOUR): a decimal with
 * at most two decimals that is a whole number of minutes (0.25 h = 15 min; 0.01 h is not), more
 * than zero. Answers a problem code for the form, or null when valid.
 */
export type HoursProblem = 'required' | 'format' | 'minutes' | 'positive' | 'tooMany'

const DECIMAL = /^[0-9]{1,6}(\.[0-9]{1,2})?$/

export function hoursProblem(input: string | number | null | undefined, max?: number): HoursProblem | null {
  const text = input === null || input === undefined ? '' : String(input).trim()
  if (text === '') return 'required'
  if (!DECIMAL.test(text)) return 'format'
  const [whole, fraction = ''] = text.split('.')
  const hundredths = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  if (hundredths === 0) return 'positive'
  // minutes = hundredths * 60 / 100 must be whole: hundredths * 3 divisible by 5.
  if ((hundredths * 3) % 5 !== 0) return 'minutes'
  if (max !== undefined && hundredths > Math.round(max * 100)) return 'tooMany'
  return null
}

/** The canonical text the API takes ("1.5" stays "1.5"; " 2 " becomes "2"). */
export function hoursText(input: string | number): string {
  return String(input).trim()
}
