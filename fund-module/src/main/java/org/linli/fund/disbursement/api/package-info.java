/** REST resources of disbursements, approvals, payment and the fast lane. */
package org.linli.fund.disbursement.api;
