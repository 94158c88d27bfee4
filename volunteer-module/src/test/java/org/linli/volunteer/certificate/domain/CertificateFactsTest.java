package org.linli.volunteer.certificate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;
import org.linli.volunteer.certificate.domain.CertificateFacts.Holder;

class CertificateFactsTest {
  @Test
  void canonicalTextIsSortedCompactAndEscaped() {
    String json = Samples.facts("ZM-2026-000001").toCanonicalJson();
    assertTrue(json.startsWith("{\"certificateNo\":\"ZM-2026-000001\",\"format\":"), json);
    assertTrue(json.contains("\"issueDate\":\"2026-11-23\",\"issuer\":{\"creditCode\":"), json);
    assertTrue(json.contains("\"totalMinutes\":210,\"volunteer\":{\"idNumberMasked\":"), json);
    assertTrue(json.contains("入户宣传 \\\"分类\\\"\\n指导"), json);
    assertFalse(json.contains(" :") || json.contains(", ") || json.contains("\n"), json);
    assertEquals(
        "{\"a\":[1,true,\"\\u0001\\t\"],\"b\":\"汉字\"}",
        CanonicalJson.write(Map.of("b", "汉字", "a", List.of(1, true, "\u0001\t"))));
  }

  @Test
  void theSameFactsAlwaysGiveTheSameTextAndReadBackEqual() {
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    String json = facts.toCanonicalJson();
    assertEquals(json, Samples.facts("ZM-2026-000001").toCanonicalJson());
    CertificateFacts read = CertificateFacts.fromJson(json);
    assertEquals(facts, read);
    assertEquals(json, read.toCanonicalJson());
    assertEquals("3.50", read.totalHours());
    assertTrue(read.totalAddsUp());
  }

  @Test
  void anAbsentPurposeIsLeftOutAndUnreadableTextIsRefused() {
    CertificateFacts f = Samples.facts("ZM-2026-000002");
    CertificateFacts noPurpose =
        new CertificateFacts(
            f.certificateNo(),
            f.issueDate(),
            f.issuer(),
            f.volunteer(),
            f.period(),
            null,
            f.totalMinutes(),
            f.records());
    assertFalse(noPurpose.toCanonicalJson().contains("purpose"));
    assertEquals(noPurpose, CertificateFacts.fromJson(noPurpose.toCanonicalJson()));
    assertThrows(IllegalArgumentException.class, () -> CertificateFacts.fromJson("{\"x\":1}"));
    assertThrows(IllegalArgumentException.class, () -> CertificateFacts.fromJson("not json"));
  }

  @Test
  void publicNamesAreMasked() {
    assertEquals("张*", new Holder("张伟", null, null).maskedName());
    assertEquals("欧***", new Holder("欧阳娜娜", null, null).maskedName());
    assertEquals("李*", new Holder("李", null, null).maskedName());
  }

  @Test
  void aPeriodIsOrderedAndNotInTheFuture() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertEquals(
        "INVALID_PERIOD",
        assertThrows(
                DomainException.class,
                () -> Period.chosen(today.minusDays(1), today.minusDays(2), today))
            .code());
    assertEquals(
        "PERIOD_IN_FUTURE",
        assertThrows(DomainException.class, () -> Period.chosen(today, today.plusDays(1), today))
            .code());
    assertEquals(new Period(today, today), Period.chosen(today, today, today));
  }
}
