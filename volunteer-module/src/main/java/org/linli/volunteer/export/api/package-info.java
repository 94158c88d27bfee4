/** REST resources that stream export files, and the tables (columns) they write. */
package org.linli.volunteer.export.api;
