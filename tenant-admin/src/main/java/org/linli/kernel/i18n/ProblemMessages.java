package org.linli.kernel.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.WeakHashMap;

/**
 * Looks a message key up in every registered {@link ProblemBundle} and formats it with {@link
 * MessageFormat}. Arguments are turned into strings first, so numbers read as they always did (no
 * locale grouping in ids or years).
 */
public final class ProblemMessages {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Map<ClassLoader, List<ProblemBundle>> BUNDLES = new WeakHashMap<>();

  private ProblemMessages() {}

  /**
   * The formatted text, or empty when no bundle holds the key or the caller gave fewer arguments
   * than the text needs (an old-style call site with a code whose text has since gained arguments).
   */
  public static Optional<String> format(Locale locale, String key, List<?> args) {
    return pattern(locale, key)
        .flatMap(
            pattern -> {
              MessageFormat format = new MessageFormat(pattern, locale);
              if (format.getFormatsByArgumentIndex().length > args.size()) {
                return Optional.empty();
              }
              return Optional.of(format.format(args.stream().map(String::valueOf).toArray()));
            });
  }

  /** The raw pattern of a key in the language of {@code locale} (zh-CN for anything but en). */
  public static Optional<String> pattern(Locale locale, String key) {
    if (key == null) {
      return Optional.empty();
    }
    Locale bundleLocale = Languages.isEnglish(locale) ? Languages.EN : Languages.ZH_CN;
    for (ProblemBundle bundle : bundles()) {
      try {
        ResourceBundle rb =
            ResourceBundle.getBundle(
                bundle.baseName(), bundleLocale, bundle.getClass().getClassLoader(), NO_FALLBACK);
        if (rb.containsKey(key)) {
          return Optional.of(rb.getString(key));
        }
      } catch (MissingResourceException e) {
        // a registered module without bundle files: nothing to find there
      }
    }
    return Optional.empty();
  }

  /** The registered bundles visible to the calling application (its context class loader). */
  public static List<ProblemBundle> bundles() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ProblemMessages.class.getClassLoader();
    }
    synchronized (BUNDLES) {
      return BUNDLES.computeIfAbsent(loader, ProblemMessages::load);
    }
  }

  private static List<ProblemBundle> load(ClassLoader loader) {
    List<ProblemBundle> found = new ArrayList<>();
    ServiceLoader.load(ProblemBundle.class, loader).forEach(found::add);
    if (found.stream().noneMatch(KernelProblemBundle.class::isInstance)) {
      found.add(new KernelProblemBundle());
    }
    return List.copyOf(found);
  }
}
