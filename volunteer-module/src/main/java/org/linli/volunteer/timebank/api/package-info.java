/** REST resources of the time bank. */
package org.linli.volunteer.timebank.api;
