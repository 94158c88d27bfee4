import { writeFileSync } from 'node:fs'
import QRCode from 'qrcode'

/**
 * A Y4M video (what Chromium's fake camera plays: --use-file-for-fake-video-capture) showing one
 * QR code of `text` on white, as a phone camera would see the venue screen.
 */
export function qrVideo(path: string, text: string, width = 640, height = 480) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const size = qr.modules.size
  const scale = Math.floor((Math.min(width, height) * 0.8) / (size + 8))
  const left = Math.floor((width - size * scale) / 2)
  const top = Math.floor((height - size * scale) / 2)
  const y = Buffer.alloc(width * height, 235)
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!qr.modules.data[row * size + col]) continue
      for (let dy = 0; dy < scale; dy++) {
        const offset = (top + row * scale + dy) * width + left + col * scale
        y.fill(16, offset, offset + scale)
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)
  writeFileSync(path, Buffer.concat([header, frame, frame, frame, frame, frame]))
}
