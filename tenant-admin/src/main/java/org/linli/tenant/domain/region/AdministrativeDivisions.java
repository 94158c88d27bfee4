package org.linli.tenant.domain.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.linli.kernel.error.DomainException;

/**
 * The current GB/T 2260 region codes at province, prefecture and county level, read once from
 * {@code gb2260-divisions.tsv} next to this class (its header names the source and licence). A
 * region code a person or organization gives must be one of them: {@code 000000} or a made-up
 * number is refused instead of being stored as an address nobody can resolve.
 */
public final class AdministrativeDivisions {
  private static final String DATA = "gb2260-divisions.tsv";
  private static final Map<String, String> NAMES = load();

  private AdministrativeDivisions() {}

  /** The division's name, e.g. 鼓楼区 for 320106; empty for an unknown code. */
  public static Optional<String> nameOf(String code) {
    return Optional.ofNullable(code == null ? null : NAMES.get(code));
  }

  public static boolean isKnown(String code) {
    return nameOf(code).isPresent();
  }

  /**
   * The code itself when it names a division; otherwise a 400 on {@code field}.
   *
   * @throws DomainException {@code UNKNOWN_REGION_CODE} for codes not in GB/T 2260
   */
  public static String require(String field, String code) {
    if (!isKnown(code)) {
      throw DomainException.invalidField(field, "UNKNOWN_REGION_CODE");
    }
    return code;
  }

  static int size() {
    return NAMES.size();
  }

  private static Map<String, String> load() {
    try (InputStream in = AdministrativeDivisions.class.getResourceAsStream(DATA)) {
      if (in == null) {
        throw new IllegalStateException(DATA + " is missing from the class path");
      }
      Map<String, String> names = new HashMap<>(4096);
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        names.put(line.substring(0, tab), line.substring(tab + 1));
      }
      return Map.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
