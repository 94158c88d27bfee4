import type { paths } from './schema.gen'
import type { CallOptions } from './client'
import { useApi } from '../platform'

/**
 * File downloads that need the bearer token (exports, certificate PDFs): a plain link cannot carry
 * it, so the file is fetched through the API client (problem answers still become ApiError), kept
 * as a Blob and handed to the browser as a download with the server's file name.
 */

/** The file name of a Content-Disposition header: RFC 6266 `filename*` (UTF-8) first, else `filename`. */
export function filenameFrom(contentDisposition: string | null | undefined, fallback: string): string {
  if (!contentDisposition) return fallback
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(contentDisposition)
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim())
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(contentDisposition)
  const name = plain ? (plain[2] ?? plain[1]).trim() : ''
  return name || fallback
}

/** Hands a Blob to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Give the browser a moment to start reading the object URL before it is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

export interface DownloadOptions extends CallOptions {
  /** The media type asked for (the API answers 406 to `Accept: application/json` on a file). */
  accept: string
  /** Used when the answer names no file. */
  fallbackName: string
}

/** GETs a file endpoint with the bearer token and saves it; answers the file name used. */
export async function downloadFile(path: keyof paths, options: DownloadOptions): Promise<string> {
  const { accept, fallbackName, ...call } = options
  const response = await useApi().raw('get', path, {
    ...call,
    headers: { ...call.headers, Accept: `${accept}, application/problem+json` },
  })
  const blob = await response.blob()
  const name = filenameFrom(response.headers.get('Content-Disposition'), fallbackName)
  saveBlob(blob, name)
  return name
}
