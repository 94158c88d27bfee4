export interface Position {
  latitude: number
  longitude: number
}

/** Why no position: the person said no, the phone could not tell, it took too long, no support. */
export type LocationProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported'

export class LocationError extends Error {
  constructor(readonly problem: LocationProblem) {
    super(`location ${problem}`)
    this.name = 'LocationError'
  }
}

/** The phone's position for the geofence (a fresh fix: the person may just have reached the venue; at most 20 s wait). */
export function currentPosition(geolocation: Geolocation | undefined = globalThis.navigator?.geolocation): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!geolocation) {
      reject(new LocationError('unsupported'))
      return
    }
    geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      (e) => reject(new LocationError(e.code === 1 ? 'denied' : e.code === 3 ? 'timeout' : 'unavailable')),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    )
  })
}
