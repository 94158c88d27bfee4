/** Ledger persistence: native SQL where the guarded balance update and locks need it. */
package org.linli.fund.ledger.infrastructure;
