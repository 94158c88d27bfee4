package org.linli.volunteer.certificate.domain;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a certificate attests (Art. 15): who, which period, how many approved hours doing what, who
 * issued it and when. This is exactly what is signed; status and revocation live outside it because
 * they change after issue. There is deliberately no fee: certificates are issued free of charge.
 */
public record CertificateFacts(
    String certificateNo,
    LocalDate issueDate,
    Issuer issuer,
    Holder volunteer,
    Period period,
    String purpose,
    long totalMinutes,
    List<ServiceItem> records) {
  /** Format tag inside the signed text, so a later layout can never be confused with this one. */
  public static final String FORMAT = "linli.certificate.v1";

  public CertificateFacts {
    records = List.copyOf(records);
  }

  /** The issuing organization; its contact person stands in as 负责人 for now. */
  public record Issuer(String org, String name, String creditCode, String responsiblePerson) {}

  public record Holder(String name, String idNumberMasked, String volunteerNo) {
    /** The name as shown to the public: surname kept, the rest starred ("张*伟" -> "张**"). */
    public String maskedName() {
      if (name == null || name.isEmpty()) {
        return "";
      }
      int first = name.offsetByCodePoints(0, 1);
      return name.substring(0, first)
          + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
  }

  public record ServiceItem(LocalDate date, String activityName, String content, int minutes) {}

  /** The facts of approved service; the total is computed here, never taken from outside. */
  public static CertificateFacts of(
      String certificateNo,
      LocalDate issueDate,
      Issuer issuer,
      Holder volunteer,
      Period period,
      String purpose,
      List<ServiceItem> records) {
    long total = records.stream().mapToLong(ServiceItem::minutes).sum();
    return new CertificateFacts(
        certificateNo, issueDate, issuer, volunteer, period, purpose, total, records);
  }

  /** Whether the stated total is the sum of the listed services. */
  public boolean totalAddsUp() {
    return totalMinutes == records.stream().mapToLong(ServiceItem::minutes).sum();
  }

  public String totalHours() {
    return hours(totalMinutes);
  }

  /** Minutes as decimal hours with two places ("1.50"), as everywhere in the API. */
  public static String hours(long minutes) {
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** The canonical text that is digested and signed (see {@link CanonicalJson}). */
  public String toCanonicalJson() {
    Map<String, Object> root = new HashMap<>();
    root.put("format", FORMAT);
    root.put("certificateNo", certificateNo);
    root.put("issueDate", issueDate.toString());
    root.put(
        "issuer",
        map(
            "org", issuer.org(),
            "name", issuer.name(),
            "creditCode", issuer.creditCode(),
            "responsiblePerson", issuer.responsiblePerson()));
    root.put(
        "volunteer",
        map(
            "name", volunteer.name(),
            "idNumberMasked", volunteer.idNumberMasked(),
            "volunteerNo", volunteer.volunteerNo()));
    root.put("period", map("from", period.from().toString(), "to", period.to().toString()));
    root.put("purpose", purpose);
    root.put("totalMinutes", totalMinutes);
    root.put(
        "records",
        records.stream()
            .map(
                r -> {
                  Map<String, Object> item =
                      map(
                          "date",
                          r.date().toString(),
                          "activityName",
                          r.activityName(),
                          "content",
                          r.content());
                  item.put("minutes", r.minutes());
                  return item;
                })
            .toList());
    return CanonicalJson.write(root);
  }

  /** Reads stored facts back; throws {@link IllegalArgumentException} when they are unreadable. */
  public static CertificateFacts fromJson(String json) {
    try {
      JsonObject o = Json.createReader(new StringReader(json)).readObject();
      if (!FORMAT.equals(o.getString("format"))) {
        throw new IllegalArgumentException("Unknown certificate format");
      }
      JsonObject issuer = o.getJsonObject("issuer");
      JsonObject holder = o.getJsonObject("volunteer");
      JsonObject period = o.getJsonObject("period");
      return new CertificateFacts(
          o.getString("certificateNo"),
          LocalDate.parse(o.getString("issueDate")),
          new Issuer(
              issuer.getString("org"),
              issuer.getString("name"),
              issuer.getString("creditCode", null),
              issuer.getString("responsiblePerson")),
          new Holder(
              holder.getString("name"),
              holder.getString("idNumberMasked"),
              holder.getString("volunteerNo")),
          new Period(
              LocalDate.parse(period.getString("from")), LocalDate.parse(period.getString("to"))),
          o.getString("purpose", null),
          o.getJsonNumber("totalMinutes").longValueExact(),
          o.getJsonArray("records").getValuesAs(JsonObject.class).stream()
              .map(
                  r ->
                      new ServiceItem(
                          LocalDate.parse(r.getString("date")),
                          r.getString("activityName"),
                          r.getString("content"),
                          r.getJsonNumber("minutes").intValueExact()))
              .toList());
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | ArithmeticException
        | DateTimeParseException e) {
      throw new IllegalArgumentException("Unreadable certificate facts", e);
    }
  }

  private static Map<String, Object> map(String... keysAndValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
