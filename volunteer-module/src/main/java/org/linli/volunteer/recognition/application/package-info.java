/** Training and award use cases; each public method is one tenant-bound transaction. */
package org.linli.volunteer.recognition.application;
