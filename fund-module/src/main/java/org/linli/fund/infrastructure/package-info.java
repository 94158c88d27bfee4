/** Adapters of this module: persistence and schema migrations. */
package org.linli.fund.infrastructure;
