/** Accounting persistence: native SQL under row level security, like the ledger engine. */
package org.linli.fund.accounting.infrastructure;
