/** Demo organizations and people for the run command; never enabled by default. */
package org.linli.tenant.infrastructure.demo;
