import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'
import { downloadFile } from '@/shared/api/download'
import { newIdempotencyKey } from '@/shared/api/idempotencyKey'

export type Certificate = Schemas['CertificateView']

export function fetchCertificates(org: string, volunteerId: string, cursor: string | null, limit = 20): Promise<Page<Certificate>> {
  return useApi().get('/api/v1/orgs/{org}/volunteers/{volunteerId}/certificates', {
    path: { org, volunteerId },
    query: { limit, cursor },
  })
}

/** Issue a signed certificate of the approved service in [from, to]; the key makes a retry safe. */
export function issueCertificate(
  org: string,
  volunteerId: string,
  body: { from: string; to: string; purpose?: string },
  idempotencyKey = newIdempotencyKey(),
): Promise<Certificate> {
  return useApi().post('/api/v1/orgs/{org}/volunteers/{volunteerId}/certificates', {
    path: { org, volunteerId },
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function revokeCertificate(org: string, volunteerId: string, certificateId: string, reason: string): Promise<Certificate> {
  return useApi().post('/api/v1/orgs/{org}/volunteers/{volunteerId}/certificates/{certificateId}/revoke', {
    path: { org, volunteerId, certificateId },
    body: { reason },
  })
}

/** The PDF (valid certificates only), fetched with the bearer token and saved as <certificateNo>.pdf. */
export function downloadCertificatePdf(org: string, volunteerId: string, certificate: Certificate): Promise<string> {
  return downloadFile('/api/v1/orgs/{org}/volunteers/{volunteerId}/certificates/{certificateId}/pdf', {
    path: { org, volunteerId, certificateId: certificate.id! },
    accept: 'application/pdf',
    fallbackName: `${certificate.certificateNo ?? 'certificate'}.pdf`,
  })
}
