package org.linli.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem text exists in both languages, and every code the production source uses has a
 * text. Reads the repository's sources (the module sits two levels below the root).
 */
class ProblemBundlesTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
  private static final List<Pattern> CODE_USES =
      List.of(
          Pattern.compile(
              "DomainException\\s*\\.\\s*(?:rule|conflict|notFound|forbidden)\\(\\s*\"([A-Z0-9_.]+)\"\\s*\\)(\\s*\\.withMessage)?"),
          Pattern.compile(
              "invalidField\\(\\s*[^,()]+,\\s*\"([A-Z0-9_.]+)\"\\s*\\)(\\s*\\.withMessage)?"),
          Pattern.compile(
              "new DomainException\\(\\s*ErrorKind\\.\\w+,\\s*\"([A-Z0-9_.]+)\"\\s*[,)](\\s*\\.withMessage)?"),
          Pattern.compile("FieldError\\.of\\(\\s*[^,()]+,\\s*\"([A-Z0-9_.]+)\"()"),
          Pattern.compile("(?:withMessage|Message\\.of)\\(\\s*\"([A-Z0-9_.]+)\"()"),
          Pattern.compile("\"([A-Z][A-Z0-9_]*\\.[A-Z][A-Z0-9_]*)\"()"),
          Pattern.compile(
              "@(NotBlank|NotNull|NotEmpty|Size|Min|Max|DecimalMin|DecimalMax|Digits|Pattern|Email|PastOrPresent|AssertTrue)\\b()"));
  private static final Pattern OLD_STYLE =
      Pattern.compile(
          // A string literal with Han in it, up to the end of the statement: the literal's text
          // stays on its line, so Chinese in a later comment is not mistaken for it.
          "(?:DomainException\\s*\\.\\s*\\w+|new DomainException|new FieldError)\\([^;]*?\"[^\"\\n]*\\p{IsHan}");

  @Test
  void bothLanguagesHoldTheSameKeysWithMatchingPlaceholders() throws IOException {
    List<Path> bases = bundles();
    assertTrue(bases.size() >= 3, "kernel, fund and volunteer bundles: " + bases);
    for (Path zhFile : bases) {
      Path enFile =
          zhFile.resolveSibling(
              zhFile.getFileName().toString().replace(".properties", "_en.properties"));
      Properties zh = load(zhFile);
      Properties en = load(enFile);
      assertEquals(
          new TreeSet<>(zh.stringPropertyNames()),
          new TreeSet<>(en.stringPropertyNames()),
          zhFile.toString());
      for (String key : zh.stringPropertyNames()) {
        String z = zh.getProperty(key);
        String e = en.getProperty(key);
        assertFalse(z.isBlank() || e.isBlank(), "empty text for " + key + " in " + zhFile);
        assertEquals(placeholders(z), placeholders(e), "placeholders of " + key + " in " + zhFile);
        new MessageFormat(z);
        new MessageFormat(e);
      }
    }
  }

  @Test
  void everyCodeUsedInProductionHasATextAndNoCallSitePassesBilingualText() throws IOException {
    Set<String> keys = new HashSet<>();
    for (Path base : bundles()) {
      keys.addAll(load(base).stringPropertyNames());
    }
    List<String> missing = new ArrayList<>();
    List<String> oldStyle = new ArrayList<>();
    for (Path source : productionSources()) {
      String text = Files.readString(source);
      for (Pattern use : CODE_USES) {
        Matcher m = use.matcher(text);
        while (m.find()) {
          boolean explainedElsewhere = m.group(2) != null && !m.group(2).isEmpty();
          String key = m.group(1).toUpperCase();
          if (!explainedElsewhere && !keys.contains(key)) {
            missing.add(key + " in " + ROOT.relativize(source));
          }
        }
      }
      Matcher legacy = OLD_STYLE.matcher(text);
      while (legacy.find()) {
        oldStyle.add(
            ROOT.relativize(source) + ": " + legacy.group().lines().findFirst().orElse(""));
      }
    }
    assertEquals(List.of(), missing, "codes without a text in the problems bundles");
    assertEquals(
        List.of(),
        oldStyle,
        "old-style bilingual details: move the texts into the problems bundles");
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern.replaceAll("'[^']*'", ""));
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static List<Path> bundles() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT, 12)) {
      return files
          .filter(p -> p.toString().contains("/src/main/resources/"))
          .filter(p -> p.getFileName().toString().equals("problems.properties"))
          .sorted()
          .toList();
    }
  }

  private static List<Path> productionSources() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT, 16)) {
      return files
          .filter(p -> p.toString().contains("/src/main/java/"))
          .filter(p -> !p.toString().contains("/target/"))
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().endsWith("kernel/error/DomainException.java"))
          .toList();
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
