package org.linli.integration.inbound.domain;

import java.util.Locale;
import java.util.Set;

/**
 * What a civil-affairs list is: a monthly roster, or notices of deaths (死亡) or move-aways (迁出).
 * Over SFTP the bureau's file name says which ({@code 2026-11-death.csv}, {@code 2026-11-迁出.xlsx});
 * a name naming neither is a roster.
 */
public enum ListKind {
  ROSTER(RowSource.REQUIRED),
  DEATH(NoticeRow.REQUIRED),
  MOVE(NoticeRow.REQUIRED);

  private final Set<String> required;

  ListKind(Set<String> required) {
    this.required = required;
  }

  /** The English field names every file of this kind must name in its header. */
  public Set<String> required() {
    return required;
  }

  public static ListKind ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("death") || lower.contains("死亡")) {
      return DEATH;
    }
    if (lower.contains("move") || lower.contains("迁出")) {
      return MOVE;
    }
    return ROSTER;
  }
}
