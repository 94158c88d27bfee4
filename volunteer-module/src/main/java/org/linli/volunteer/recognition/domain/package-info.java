/** Training and award records: append-only, a correction is a new record naming the old one. */
package org.linli.volunteer.recognition.domain;
