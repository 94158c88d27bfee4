/** REST resources of the books: chart, funds, vouchers, trial balance, statements. */
package org.linli.fund.accounting.api;
