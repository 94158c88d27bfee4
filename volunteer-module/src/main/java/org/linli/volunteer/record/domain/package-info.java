/** Service records (Art. 7), their review, corrections, deadlines and star levels. */
package org.linli.volunteer.record.domain;
