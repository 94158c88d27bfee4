/** Ledger use cases: transactional, tenant-scoped, audited. */
package org.linli.fund.ledger.application;
