/** REST resources of receipt series, receipts and the public receipt check. */
package org.linli.fund.receipt.api;
