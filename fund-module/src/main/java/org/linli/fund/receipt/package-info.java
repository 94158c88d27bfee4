/**
 * Donation receipts (公益事业捐赠票据, 财综〔2024〕1号): registered number series, gapless issue, voiding, PDFs
 * with a QR code, and the public check.
 */
package org.linli.fund.receipt;
