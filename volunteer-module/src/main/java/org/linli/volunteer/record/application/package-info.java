/** Service record use cases; each public method is one tenant-bound transaction. */
package org.linli.volunteer.record.application;
