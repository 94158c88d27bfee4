/** JPA adapters of training and award records. */
package org.linli.volunteer.recognition.infrastructure;
