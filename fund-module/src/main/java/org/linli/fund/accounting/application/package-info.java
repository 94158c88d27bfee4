/**
 * Accounting use cases (transactional, tenant-scoped, audited) and the seam other contexts call.
 */
package org.linli.fund.accounting.application;
