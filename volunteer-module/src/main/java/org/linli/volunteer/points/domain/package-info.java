/**
 * Points rules and aggregates: versioned earning rules, lots (FIFO consumption and expiry), shop
 * items and redemptions. Balances themselves live in the fund module's ledger (unit POINT).
 */
package org.linli.volunteer.points.domain;
