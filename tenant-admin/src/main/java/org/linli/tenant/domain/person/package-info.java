/** Natural persons and their identifiers; identifier value objects mask themselves in toString. */
package org.linli.tenant.domain.person;
