/**
 * Clearing use cases. Every transaction is bound to one organization; the other organization's row
 * changes only through {@link org.linli.volunteer.timebank.clearing.domain.ClearingPeer}, and hours
 * move only through the ledger engine, in the acting organization's own ledger.
 */
package org.linli.volunteer.timebank.clearing.application;
