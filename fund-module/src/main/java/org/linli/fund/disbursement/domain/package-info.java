/** Disbursements, approvals, payments, the fast lane: the documents and their rules. */
package org.linli.fund.disbursement.domain;
