/** Receipt PDFs: the printed form with the CJK font and the QR code of the public check. */
package org.linli.fund.receipt.infrastructure.pdf;
