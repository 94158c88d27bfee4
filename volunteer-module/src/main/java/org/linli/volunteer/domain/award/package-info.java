/**
 * Award and commendation records of volunteers (记录办法 Art. 9): append-only, corrected by new
 * records.
 */
package org.linli.volunteer.domain.award;
