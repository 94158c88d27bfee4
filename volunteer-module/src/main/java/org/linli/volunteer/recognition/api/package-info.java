/** REST resources of training and award records, and a person's own ones. */
package org.linli.volunteer.recognition.api;
