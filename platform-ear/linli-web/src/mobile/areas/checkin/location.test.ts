import { describe, expect, it } from 'vitest'
import { currentPosition, LocationError } from './location'

function geolocation(outcome: { coords?: { latitude: number; longitude: number }; errorCode?: number }): Geolocation {
  return {
    getCurrentPosition: (ok: PositionCallback, fail?: PositionErrorCallback | null) => {
      if (outcome.coords) ok({ coords: outcome.coords } as GeolocationPosition)
      else fail?.({ code: outcome.errorCode } as GeolocationPositionError)
    },
  } as unknown as Geolocation
}

describe('the phone position', () => {
  it('answers latitude and longitude', async () => {
    await expect(currentPosition(geolocation({ coords: { latitude: 32.06, longitude: 118.79 } }))).resolves.toEqual({
      latitude: 32.06,
      longitude: 118.79,
    })
  })

  it('names why there is none', async () => {
    const problem = (p: Promise<unknown>) => p.catch((e: LocationError) => e.problem)
    expect(await problem(currentPosition(geolocation({ errorCode: 1 })))).toBe('denied')
    expect(await problem(currentPosition(geolocation({ errorCode: 2 })))).toBe('unavailable')
    expect(await problem(currentPosition(geolocation({ errorCode: 3 })))).toBe('timeout')
    expect(await problem(currentPosition(undefined))).toBe('unsupported')
  })
})
