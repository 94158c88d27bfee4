/** The integration in MicroProfile Metrics. */
package org.linli.integration.metrics;
