/** Use cases of receipts and the public check. */
package org.linli.fund.receipt.application;
