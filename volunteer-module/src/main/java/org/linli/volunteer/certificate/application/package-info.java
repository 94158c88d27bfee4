/** Certificate use cases: facts from approved records, sealing, printing and verifying. */
package org.linli.volunteer.certificate.application;
