/** Training records of volunteers (记录办法 Art. 8): append-only, corrected by new records. */
package org.linli.volunteer.domain.training;
