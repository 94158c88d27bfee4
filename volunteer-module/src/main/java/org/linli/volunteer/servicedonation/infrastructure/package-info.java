/** Native SQL over the settings, runs and valued entries (tenant-bound, row level security). */
package org.linli.volunteer.servicedonation.infrastructure;
