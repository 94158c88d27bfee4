/** Adapters of this module: persistence and schema migrations. */
package org.linli.integration.infrastructure;
