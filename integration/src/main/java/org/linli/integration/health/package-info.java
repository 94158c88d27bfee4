/** Health of the integration: routes, outbox backlog, dead letters. */
package org.linli.integration.health;
