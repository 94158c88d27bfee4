/** The ledger's rules: units and amounts, accounts, balanced transactions. No I/O. */
package org.linli.fund.ledger.domain;
