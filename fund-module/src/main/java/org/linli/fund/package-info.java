/**
 * Ledgers (CNY, hours, points), charity funds, donations, disbursements and government purchase
 * contracts. Filled in by later issues.
 */
package org.linli.fund;
