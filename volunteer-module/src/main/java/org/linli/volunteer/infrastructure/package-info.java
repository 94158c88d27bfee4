/**
 * Adapters of this module: persistence, schema migrations, and the certificate key and links from
 * configuration.
 */
package org.linli.volunteer.infrastructure;
