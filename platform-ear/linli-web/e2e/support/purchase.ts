import { api } from './bankpoints'

/** Government service purchase in the demo: gulou-mz buys 居家养老 from sunshine-sw. */
export const BUYER = 'gulou-mz'
export const PROVIDER = 'sunshine-sw'
export const BUYER_ADMIN = 'admin@gulou-mz.demo'
export const PROVIDER_STAFF = 'staff@sunshine.demo'
export const WORKER = 'zhang.wei@volunteer.demo'

interface Page<T> { items: T[] }
interface Contract { id: string; number: string; status: string; side: string }
interface ContractResident { residentId: string; name: string; latitude: number; longitude: number; status?: string }
interface Member { personId: string; name: string }

/** The demo's contract by its number: other specs add active contracts of their own to gulou-mz. */
export async function demoContract(): Promise<Contract> {
  const page = await api<Page<Contract>>(BUYER_ADMIN, 'GET', `/api/v1/orgs/${BUYER}/contracts?status=ACTIVE&limit=100`)
  return page.items.find((c) => c.number.startsWith('GLMZ-JJYL')) ?? page.items[0]
}

export async function contractResidents(contract: string): Promise<ContractResident[]> {
  return (await api<Page<ContractResident>>(BUYER_ADMIN, 'GET', `/api/v1/orgs/${BUYER}/contracts/${contract}/residents?limit=100`)).items
}

/** An order of 助洁 today for a demo resident, dispatched to 张伟; its id and the resident's code. */
export async function dispatchedOrder(resident: string, contract: string): Promise<{ id: string; code: string }> {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())
  const created = await api<{ order: { id: string }; confirmationCode: string }>(
    BUYER_ADMIN,
    'POST',
    `/api/v1/orgs/${BUYER}/service-orders`,
    { contractId: contract, residentId: resident, itemCode: 'CLEANING', serviceDate: today, note: 'e2e 助洁' },
  )
  const members = await api<Page<Member>>('admin@sunshine.demo', 'GET', `/api/v1/orgs/${PROVIDER}/members?limit=100`)
  const zhang = members.items.find((m) => m.name === '张伟')!
  await api(PROVIDER_STAFF, 'POST', `/api/v1/orgs/${PROVIDER}/service-orders/${created.order.id}/assign`, { workerPersonId: zhang.personId })
  return { id: created.order.id, code: created.confirmationCode }
}
