/** JPA repository of receipts (the guarded number update) and public links. */
package org.linli.fund.receipt.infrastructure;
