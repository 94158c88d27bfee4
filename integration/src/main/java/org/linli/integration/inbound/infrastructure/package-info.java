/** Received files, rejected rows and staff tasks in SQL (V2). */
package org.linli.integration.inbound.infrastructure;
