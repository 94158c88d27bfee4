/** A gateway's agreed rate and the answer of an admission (pure values, no I/O). */
package org.linli.integration.throttle.domain;
