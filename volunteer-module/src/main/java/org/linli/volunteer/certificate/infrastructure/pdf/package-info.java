/** Certificate PDFs: Chinese text in an embedded CJK font and a QR code of the verification URL. */
package org.linli.volunteer.certificate.infrastructure.pdf;
