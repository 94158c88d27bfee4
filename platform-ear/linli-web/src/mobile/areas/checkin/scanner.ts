/**
 * Reads QR codes from the phone camera: the browser's BarcodeDetector where it has one for QR
 * (Android Chrome, Safari 17+), else jsQR on video frames (loaded only when needed). Every step is
 * feature-detected; a failure says why so the page can offer the typed code instead.
 */
export type ScanProblem = 'unsupported' | 'denied' | 'no-camera' | 'failed'

export class ScanError extends Error {
  constructor(readonly problem: ScanProblem) {
    super(`camera ${problem}`)
    this.name = 'ScanError'
  }
}

export interface Scanner {
  /** Which decoder runs: the browser's or jsQR. */
  readonly engine: 'native' | 'jsqr'
  stop(): void
}

type Detect = () => Promise<string | null>

interface NativeDetector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector
  getSupportedFormats(): Promise<string[]>
}

/** Whether this browser can open a camera at all (https or localhost, and an API for it). */
export function cameraAvailable(): boolean {
  return !!globalThis.navigator?.mediaDevices?.getUserMedia && globalThis.isSecureContext !== false
}

async function nativeDetector(video: HTMLVideoElement): Promise<Detect | null> {
  const Detector = (globalThis as unknown as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector
  if (!Detector) return null
  try {
    const formats = await Detector.getSupportedFormats()
    if (!formats.includes('qr_code')) return null
    const detector = new Detector({ formats: ['qr_code'] })
    return async () => (await detector.detect(video))[0]?.rawValue ?? null
  } catch {
    return null
  }
}

async function jsqrDetector(video: HTMLVideoElement): Promise<Detect> {
  const { default: jsQR } = await import('jsqr')
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (!context) throw new ScanError('unsupported')
  return async () => {
    const width = video.videoWidth
    const height = video.videoHeight
    if (!width || !height) return null
    // Smaller frames decode faster; a QR code on a tablet fills much of the picture.
    const scale = Math.min(1, 640 / Math.max(width, height))
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    context.drawImage(video, 0, 0, canvas.width, canvas.height)
    const image = context.getImageData(0, 0, canvas.width, canvas.height)
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null
  }
}

function problemOf(error: unknown): ScanProblem {
  const name = (error as { name?: string })?.name
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera'
  return 'failed'
}

/**
 * Opens the back camera into `video` and calls `onText` with every QR text it reads (a few times
 * a second) until `stop()`, or until `onText` answers true (the text was the one wanted: the
 * scanner stops itself at once, so one code is never sent twice).
 */
export async function startScanner(video: HTMLVideoElement, onText: (text: string) => boolean | void): Promise<Scanner> {
  if (!cameraAvailable()) throw new ScanError('unsupported')
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false })
  } catch (error) {
    throw new ScanError(problemOf(error))
  }
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = () => {
    stopped = true
    if (timer) clearTimeout(timer)
    stream.getTracks().forEach((track) => track.stop())
    video.srcObject = null
  }
  try {
    video.srcObject = stream
    video.setAttribute('playsinline', 'true')
    video.muted = true
    await video.play()
    const native = await nativeDetector(video)
    const detect = native ?? (await jsqrDetector(video))
    const tick = async () => {
      if (stopped) return
      try {
        const text = await detect()
        if (text && !stopped && onText(text) === true) stop()
      } catch {
        // a frame that cannot be read: try the next one
      }
      if (!stopped) timer = setTimeout(tick, 200)
    }
    void tick()
    return { engine: native ? 'native' : 'jsqr', stop }
  } catch (error) {
    stop()
    throw error instanceof ScanError ? error : new ScanError('failed')
  }
}
