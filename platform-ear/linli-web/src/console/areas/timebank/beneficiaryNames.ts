import { allItems } from '@/shared/api/paging'
import { fetchBeneficiaries, type Beneficiary } from './api'

/** Every beneficiary of the organization (staff see all), for names and pickers; read once per page visit. */
export async function loadAllBeneficiaries(org: string, maxPages = 10): Promise<Beneficiary[]> {
  const out: Beneficiary[] = []
  try {
    for await (const b of allItems((cursor) => fetchBeneficiaries(org, cursor, undefined, 100), maxPages)) out.push(b)
  } catch {
    // a partial list still names what it has
  }
  return out
}
