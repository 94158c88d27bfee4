import type { AreaModule } from '@/shared/areas'

/** The phone frame has no pages of its own; this area holds its messages (`shell.`). */
export default { routes: [] } satisfies AreaModule
