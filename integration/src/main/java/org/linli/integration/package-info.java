/**
 * Apache Camel routes to civil-affairs systems, outbox relay and dead letters. Filled in by later
 * issues.
 */
package org.linli.integration;
