/** Activity and sign-up use cases; each public method is one tenant-bound transaction. */
package org.linli.volunteer.activity.application;
