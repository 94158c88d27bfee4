/** The civil-affairs list formats and their row rules (no persistence, no Camel). */
package org.linli.integration.inbound.domain;
