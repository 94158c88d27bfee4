/** Native SQL repositories of disbursements and the daily backfill escalation job. */
package org.linli.fund.disbursement.infrastructure;
