package org.linli.fund.accounting.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The 制度 version an organization's books follow. */
public enum ChartVersion {
  /** 财会〔2004〕7号. */
  V2004("2004"),
  /** The 2024 revision, in force from 2026-01-01: adds 服务捐赠 (donated services). */
  V2024("2024");

  public static final LocalDate V2024_IN_FORCE = LocalDate.of(2026, 1, 1);

  private final String code;

  ChartVersion(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The version in force on a date, for books opened without naming one. */
  public static ChartVersion inForceOn(LocalDate date) {
    return date.isBefore(V2024_IN_FORCE) ? V2004 : V2024;
  }

  public static Optional<ChartVersion> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
