/** REST resources of certificates: issue, list, PDF, revoke, and the public verification. */
package org.linli.volunteer.certificate.api;
