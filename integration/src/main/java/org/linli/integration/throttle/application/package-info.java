/**
 * Admission through a gateway's rate (its own short transaction) and where each rate comes from.
 */
package org.linli.integration.throttle.application;
