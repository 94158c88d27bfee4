/** Persistence of the time bank's own tables (its balances live in the ledger). */
package org.linli.volunteer.timebank.infrastructure;
