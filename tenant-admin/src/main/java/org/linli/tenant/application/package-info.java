/** Tenant-administration use cases; each public method is one transaction. */
package org.linli.tenant.application;
