/**
 * What several volunteer contexts use and none owns: the module's problem texts (one bundle for the
 * whole module, points and time bank included), the hours format of the API, schema migrations and
 * the platform-wide overlap check. Depends on no context.
 */
package org.linli.volunteer.shared;
