/** Certificate adapters: the signing keys and verification links from configuration, JPA. */
package org.linli.volunteer.certificate.infrastructure;
