/** REST resources of activities, shifts and sign-ups. */
package org.linli.volunteer.activity.api;
