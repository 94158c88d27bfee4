/** Inbound lists from civil-affairs: eligibility rosters and death notices, over SFTP and HTTP. */
package org.linli.integration.inbound;
