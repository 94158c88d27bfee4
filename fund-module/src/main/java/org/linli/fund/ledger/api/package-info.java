/** Ledger REST API. Amounts travel as decimal strings in the unit's display form. */
package org.linli.fund.ledger.api;
