/** Reading (cached per node) and replacing the platform's working-day calendar. */
package org.linli.kernel.calendar.application;
