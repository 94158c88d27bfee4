import type { components } from './schema.gen'

/** Short names for the API's schemas (generated from openapi/linli.json). */
export type Schemas = components['schemas']
export type Profile = Schemas['Profile']
export type MyMembership = Schemas['MyMembership']
