import { downloadFile } from '@/shared/api/download'

const CSV = 'text/csv'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export type ExportFormat = 'csv' | 'xlsx'

/** Every volunteer (numbers masked); the API audits each export. */
export function downloadVolunteers(org: string, format: ExportFormat): Promise<string> {
  return format === 'csv'
    ? downloadFile('/api/v1/orgs/{org}/exports/volunteers.csv', { path: { org }, accept: CSV, fallbackName: 'volunteers.csv' })
    : downloadFile('/api/v1/orgs/{org}/exports/volunteers.xlsx', { path: { org }, accept: XLSX, fallbackName: 'volunteers.xlsx' })
}

/** Service records served in [from, to] (both optional). */
export function downloadServiceRecords(org: string, format: ExportFormat, from?: string, to?: string): Promise<string> {
  const query = { from, to }
  return format === 'csv'
    ? downloadFile('/api/v1/orgs/{org}/exports/service-records.csv', { path: { org }, query, accept: CSV, fallbackName: 'service-records.csv' })
    : downloadFile('/api/v1/orgs/{org}/exports/service-records.xlsx', { path: { org }, query, accept: XLSX, fallbackName: 'service-records.xlsx' })
}
