package org.linli.fund.purchase.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.linli.fund.purchase.domain.AnomalyRule;
import org.linli.kernel.i18n.Languages;

/** The names and explanations of anomaly flags, zh-CN (default) and en. */
final class FlagTexts {
  private static final String BUNDLE = "org.linli.fund.purchase.flags";

  private FlagTexts() {}

  static Locale locale(String acceptLanguage) {
    return Languages.negotiate(acceptLanguage);
  }

  static String title(Locale locale, AnomalyRule rule) {
    return bundle(locale).getString(rule.name() + ".title");
  }

  static String explanation(Locale locale, AnomalyRule rule, List<String> args) {
    ResourceBundle b = bundle(locale);
    MessageFormat f = new MessageFormat(b.getString(rule.name()), locale);
    // Enum values among the figures (DECEASED, ELDERLY...) are shown by their names.
    return f.format(
        args.stream()
            .map(a -> b.containsKey("value." + a) ? b.getString("value." + a) : a)
            .toArray());
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        Languages.isEnglish(locale) ? Languages.EN : Languages.ZH_CN,
        FlagTexts.class.getClassLoader(),
        NO_FALLBACK);
  }

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
