import type { AreaModule } from '@/shared/areas'

/** The console frame has no pages of its own; this area holds its messages (`shell.`). */
export default { routes: [] } satisfies AreaModule
