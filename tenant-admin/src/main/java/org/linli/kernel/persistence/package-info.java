/**
 * Schema migrations per module (Flyway, run as the owner role at start-up), and the pieces every
 * module's JPA repositories share (Instant mapping, list query conditions).
 */
package org.linli.kernel.persistence;
