/** Receipt series and receipts, and the amount in Chinese capitals. */
package org.linli.fund.receipt.domain;
