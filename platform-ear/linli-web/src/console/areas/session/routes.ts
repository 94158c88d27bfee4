import type { AreaModule } from '@/shared/areas'
import { sessionRoutes } from '@/shared/sessionRoutes'

/** Login callback and the session pages (no membership, suspended, no access). */
export default { routes: sessionRoutes() } satisfies AreaModule
