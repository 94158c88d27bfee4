/** Answers the province gateway's pushes beyond the organization's agreed rate with 429. */
package org.linli.integration.throttle.api;
