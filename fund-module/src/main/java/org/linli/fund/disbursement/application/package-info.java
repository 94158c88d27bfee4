/**
 * Use cases of disbursements and the fast lane; each one transaction, posting through the books.
 */
package org.linli.fund.disbursement.application;
