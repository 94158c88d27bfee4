/**
 * Module-wide adapters: the schema migrations of the whole module and the cross-organization
 * overlap check behind sign-ups and service records.
 */
package org.linli.volunteer.shared.infrastructure;
