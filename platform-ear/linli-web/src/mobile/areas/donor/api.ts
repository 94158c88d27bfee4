import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'

export type FundUse = Schemas['FundUseView']
export type ReceiptCheck = Schemas['ReceiptVerificationView']

export function fetchFundUse(org: string, token: string): Promise<FundUse> {
  return useApi().get('/api/v1/public/fund-use/{org}/{token}', { path: { org, token } })
}

export function checkReceipt(org: string, receiptCode: string, receiptNo: string, c?: string): Promise<ReceiptCheck> {
  return useApi().get('/api/v1/public/receipts/{org}/{receiptCode}/{receiptNo}', {
    path: { org, receiptCode, receiptNo },
    query: c ? { c } : {},
  })
}
