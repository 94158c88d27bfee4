/** Schema migrations per module (Flyway, run as the owner role at start-up). */
package org.linli.kernel.persistence;
