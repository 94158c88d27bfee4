/** Received files with their row reports (staff), and the province gateway's signed push. */
package org.linli.integration.inbound.api;
