/**
 * Recognition: training (记录办法 Art. 8) and award and commendation (Art. 9) records of volunteers,
 * append-only and corrected by new records, and a person's own records across organizations.
 */
package org.linli.volunteer.recognition;
