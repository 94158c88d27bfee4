/**
 * Disbursements (救助与项目支出) against restricted funds: requests with an approval chain by amount,
 * rejection, payment posted through the books, and the emergency fast lane (先行救助) with its backfill
 * approval, escalation and recovery.
 */
package org.linli.fund.disbursement;
