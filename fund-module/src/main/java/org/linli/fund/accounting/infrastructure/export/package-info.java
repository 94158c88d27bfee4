/** Statements and the trial balance as files: one table model, written as XLSX or PDF. */
package org.linli.fund.accounting.infrastructure.export;
