/** Export reads in chunks, each in one tenant-bound transaction. */
package org.linli.volunteer.export.application;
