/** REST under /accounting/service-donations: the setting, runs and their results. */
package org.linli.volunteer.servicedonation.api;
