import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'
import { downloadFile } from '@/shared/api/download'

export type MyRecords = Schemas['MyRecords']
export type MyRecord = Schemas['Item']
export type MyTrainings = Schemas['MyTrainings']
export type MyTraining = Schemas['Training']
export type MyAwards = Schemas['MyAwards']
export type MyAward = Schemas['Award']

/** GET /api/v1/me/service-records: my records in every organization, my total and star level. */
export function fetchMyRecords(): Promise<MyRecords> {
  return useApi().get('/api/v1/me/service-records')
}

/** GET /api/v1/me/trainings: my training records in every organization and my training hours. */
export function fetchMyTrainings(): Promise<MyTrainings> {
  return useApi().get('/api/v1/me/trainings')
}

/** GET /api/v1/me/awards: my awards and commendations in every organization. */
export function fetchMyAwards(): Promise<MyAwards> {
  return useApi().get('/api/v1/me/awards')
}

/** A correction request on one of my own records (记录办法 Art. 12); needs the volunteer role there. */
export function requestCorrection(org: string, recordId: string, message: string) {
  return useApi().post('/api/v1/orgs/{org}/correction-requests', { path: { org }, body: { recordId, message } })
}

export type MyCertificate = Schemas['MyCertificate']

/** GET /api/v1/me/certificates: my certificates in every organization, newest first. */
export function fetchMyCertificates(cursor: string | null, limit = 20): Promise<Page<MyCertificate>> {
  return useApi().get('/api/v1/me/certificates', { query: { limit, cursor } })
}

/** Saves one of my certificates as its PDF (with the verification QR code); answers the file name. */
export function downloadMyCertificatePdf(certificate: MyCertificate): Promise<string> {
  return downloadFile('/api/v1/me/certificates/{org}/{certificateId}/pdf', {
    path: { org: certificate.org!, certificateId: certificate.id! },
    accept: 'application/pdf',
    fallbackName: `${certificate.certificateNo ?? 'certificate'}.pdf`,
  })
}
