/** Use cases: the setting, and recording a month's donated services (the transaction boundary). */
package org.linli.volunteer.servicedonation.application;
