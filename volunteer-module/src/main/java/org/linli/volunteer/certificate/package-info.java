/**
 * Volunteer service certificates (志愿服务证明, 记录办法 Art. 15/17): signed facts of approved service, PDFs
 * with a QR code, revocation, and public verification (ADR 0004).
 */
package org.linli.volunteer.certificate;
