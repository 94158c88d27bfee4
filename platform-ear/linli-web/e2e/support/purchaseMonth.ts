import { api } from './bankpoints'
import { BUYER, BUYER_ADMIN, PROVIDER, PROVIDER_STAFF, WORKER, contractResidents, demoContract } from './purchase'

/**
 * A contract of the spec's own (so no other spec's data decides what it sees): gulou-mz buys 助餐
 * from sunshine-sw from the first day of two months ago, with `orders` delivered 助餐 orders in that
 * first month, every flag the rules raised on them accepted by the buyer (so they are all paid).
 */
const PROVIDER_ADMIN = 'admin@sunshine.demo'
interface Page<T> { items: T[] }
interface Flag { rule: string; status: string }

const china = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(d)
const day = (d: Date) => d.toISOString().slice(0, 10)

export async function contractWithADeliveredMonth(
  prefix: string,
  orders = 1,
): Promise<{ id: string; number: string; month: string; orderIds: string[] }> {
  const now = new Date(`${china(new Date())}T00:00:00Z`)
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1))
  const end = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), 0))
  const number = `${prefix}-${Date.now().toString(36)}`
  const drafted = await api<{ contract: { id: string } }>(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/contracts`, {
    providerOrg: PROVIDER,
    number,
    title: '结算演练合同',
    budgetLine: '2081002 养老服务',
    recurring: false,
    termStart: day(start),
    termEnd: day(end),
    totalAmount: '1000.00',
    performanceTargets: '满意度不低于 90%',
    items: [{ code: 'MEAL_AID', name: '助餐', unit: 'MEAL', unitPrice: '15.00', quantity: 50, minMinutes: 0, eligibleGroups: ['ELDERLY', 'DIBAO', 'TEKUN', 'DISABLED'] }],
  }, { 'Idempotency-Key': crypto.randomUUID() })
  const id = drafted.contract.id
  await api(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/contracts/${id}/submit`)
  await api(PROVIDER_ADMIN, 'POST', `/api/v1/orgs/${PROVIDER}/contracts/${id}/accept`)
  // A resident of the demo contract who is on the roster and alive (the demo has a deceased one).
  const residents = await contractResidents((await demoContract()).id)
  const resident = residents.find((r) => r.status === 'ACTIVE') ?? residents[0]
  await api(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/contracts/${id}/residents`, { residentId: resident.residentId })
  const members = await api<Page<{ personId: string; name: string }>>(PROVIDER_ADMIN, 'GET', `/api/v1/orgs/${PROVIDER}/members?limit=100`)
  const zhang = members.items.find((m) => m.name === '张伟')!
  const orderIds: string[] = []
  for (let i = 0; i < orders; i++) {
    const created = await api<{ order: { id: string } }>(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/service-orders`, {
      contractId: id,
      residentId: resident.residentId,
      itemCode: 'MEAL_AID',
      serviceDate: day(new Date(start.getTime() + (4 + i) * 86400000)),
    }, { 'Idempotency-Key': crypto.randomUUID() })
    const order = `/api/v1/orgs/${PROVIDER}/service-orders/${created.order.id}`
    await api(PROVIDER_STAFF, 'POST', `${order}/assign`, { workerPersonId: zhang.personId })
    await api(WORKER, 'POST', `${order}/accept`)
    const at = { latitude: resident.latitude, longitude: resident.longitude }
    await api(WORKER, 'POST', `${order}/check-in`, at)
    await api(WORKER, 'POST', `${order}/check-out`, at)
    // Whatever the rules raised on this quick visit, the buyer accepts it, so the order is paid.
    const flags = await api<Page<Flag>>(BUYER_ADMIN, 'GET', `/api/v1/orgs/${BUYER}/service-orders/${created.order.id}/flags`)
    for (const f of flags.items.filter((x) => x.status === 'OPEN')) {
      await api(BUYER_ADMIN, 'POST', `/api/v1/orgs/${BUYER}/service-orders/${created.order.id}/flags/${f.rule}/accept`, { reason: 'e2e 已核实' })
    }
    orderIds.push(created.order.id)
  }
  return { id, number, month: day(start).slice(0, 7), orderIds }
}
