/**
 * Volunteer service certificates (志愿服务证明, 《志愿服务记录与证明出具办法（试行）》 Art. 15/17): the signed facts of a
 * period of approved service, their canonical form, digest and Ed25519 signature, and revocation.
 */
package org.linli.volunteer.certificate.domain;
