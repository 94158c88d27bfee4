package org.linli.volunteer.export.infrastructure;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV/formula injection, OWASP): names
 * and free text come from volunteers and staff, and a cell such as {@code =HYPERLINK(...)} or
 * {@code =cmd|' /C calc'!A0} opened by another staff member in Excel or WPS could leak data or run
 * commands. A leading apostrophe makes the cell plain text, both when a CSV is opened and when a
 * text cell of an XLSX is edited and re-entered.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return switch (value.charAt(0)) {
      // Tab and carriage return also start formulas in some spreadsheet programs.
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }
}
