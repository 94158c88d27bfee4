/**
 * Charity fund accounting (民间非营利组织会计制度): chart of accounts, funds, vouchers, close, trial balance
 * and statements, posting only through the ledger engine ({@code org.linli.fund.ledger}).
 */
package org.linli.fund.accounting;
