/**
 * Staff exports of volunteers and service records as CSV and XLSX. No domain of its own: it reads
 * registration and record through their repositories and streams the rows.
 */
package org.linli.volunteer.export;
