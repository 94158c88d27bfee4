/** API helpers shared by the volunteer contexts. */
package org.linli.volunteer.shared.api;
