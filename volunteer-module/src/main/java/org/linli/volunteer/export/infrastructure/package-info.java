/** Spreadsheet writers for staff exports: CSV (RFC 4180, UTF-8 with BOM) and streaming XLSX. */
package org.linli.volunteer.export.infrastructure;
