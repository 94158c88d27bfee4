/** The outbox's events, delivery outcomes, backoff and dead letters. */
package org.linli.integration.outbox.domain;
