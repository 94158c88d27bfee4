package org.linli.fund.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class PurchaseRulesTest {
  static final LocalDate START = LocalDate.of(2026, 3, 1);

  @Test
  void aTermIsAtMostOneYearOrThreeForRecurringServices() {
    new ContractTerm(START, START.plusYears(1).minusDays(1), false);
    assertEquals(
        "TERM_TOO_LONG",
        assertThrows(
                DomainException.class, () -> new ContractTerm(START, START.plusYears(1), false))
            .code());
    new ContractTerm(START, START.plusYears(3).minusDays(1), true);
    assertEquals(
        "TERM_TOO_LONG",
        assertThrows(DomainException.class, () -> new ContractTerm(START, START.plusYears(3), true))
            .code());
    assertEquals(
        "TERM_END_BEFORE_START",
        assertThrows(
                DomainException.class, () -> new ContractTerm(START, START.minusDays(1), false))
            .code());
  }

  @Test
  void itemsNeedPositivePricesAndUniqueCodes() {
    EnumSet<EligibilityCategory> g = EnumSet.of(EligibilityCategory.ELDERLY);
    assertEquals(
        "INVALID_UNIT_PRICE",
        assertThrows(
                DomainException.class,
                () -> new ContractItem("MEAL", "助餐", ServiceUnit.MEAL, 0, 1, 0, g))
            .code());
    assertEquals(
        "INVALID_ITEM_CODE",
        assertThrows(
                DomainException.class,
                () -> new ContractItem("meal", "助餐", ServiceUnit.MEAL, 100, 1, 0, g))
            .code());
    ContractItem a = new ContractItem("MEAL", "助餐", ServiceUnit.MEAL, 1500, 10, 0, g);
    assertEquals(
        "DUPLICATE_ITEM_CODE",
        assertThrows(DomainException.class, () -> ContractItem.catalogue(List.of(a, a))).code());
  }

  @Test
  void ordersMoveOnlyAlongTheLifecycle() {
    assertEquals(OrderStatus.DISPATCHED, OrderStatus.PENDING_DISPATCH.to(OrderStatus.DISPATCHED));
    assertEquals(
        "ORDER_STATUS_CONFLICT",
        assertThrows(DomainException.class, () -> OrderStatus.ACCEPTED.to(OrderStatus.COMPLETED))
            .code());
    assertThrows(DomainException.class, () -> OrderStatus.COMPLETED.to(OrderStatus.CANCELLED));
    assertThrows(DomainException.class, () -> OrderStatus.RATED.to(OrderStatus.RATED));
  }

  @Test
  void positionsAreCheckedAndDistancesMeasured() {
    assertEquals(
        "INVALID_LATITUDE",
        assertThrows(
                DomainException.class,
                () -> Geo.point("at", new BigDecimal("90.000001"), BigDecimal.ZERO, true))
            .code());
    assertEquals(
        "INVALID_LONGITUDE",
        assertThrows(
                DomainException.class,
                () -> Geo.point("at", BigDecimal.ZERO, new BigDecimal("-180.5"), true))
            .code());
    assertNull(Geo.point("at", null, null, false));
    Resident.GeoPoint a = Geo.point("a", new BigDecimal("32.066"), new BigDecimal("118.783"), true);
    Resident.GeoPoint b = Geo.point("b", new BigDecimal("32.067"), new BigDecimal("118.783"), true);
    assertEquals(111, Geo.distanceMetres(a, b));
  }

  @Test
  void theEvidenceChainFindsAChangedEntry() {
    List<Evidence> chain = new ArrayList<>();
    String prev = Evidence.GENESIS;
    for (int i = 1; i <= 3; i++) {
      String body = "{\"seq\":" + i + "}";
      String hash = Evidence.hashOf(prev, body);
      chain.add(new Evidence(i, "o", EvidenceKind.PHOTO, body, prev, hash, Instant.EPOCH));
      prev = hash;
    }
    assertEquals(-1, Evidence.firstBroken(chain));
    Evidence second = chain.get(1);
    chain.set(
        1,
        new Evidence(
            2,
            "o",
            EvidenceKind.PHOTO,
            "{\"seq\":9}",
            second.prevHash(),
            second.hash(),
            Instant.EPOCH));
    assertEquals(2, Evidence.firstBroken(chain));
  }

  @Test
  void onlyRealImagesOfTheDeclaredTypeAreTaken() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    ImageFile ok = ImageFile.of("image/png", png);
    assertEquals(64, ok.sha256().length());
    assertEquals(
        "PHOTO_NOT_AN_IMAGE",
        assertThrows(DomainException.class, () -> ImageFile.of("image/jpeg", png)).code());
    assertEquals(
        "PHOTO_NOT_AN_IMAGE",
        assertThrows(DomainException.class, () -> ImageFile.of("image/png", "hello".getBytes()))
            .code());
    byte[] huge = new byte[ImageFile.MAX_BYTES + 1];
    System.arraycopy(png, 0, huge, 0, png.length);
    assertEquals(
        "PHOTO_TOO_LARGE",
        assertThrows(DomainException.class, () -> ImageFile.of("image/png", huge)).code());
  }

  @Test
  void eligibilityEndsWithADeathOrAMove() {
    Resident r =
        new Resident(
            "r",
            "p",
            "王",
            "3201**",
            null,
            "addr",
            null,
            EligibilityCategory.ELDERLY,
            null,
            START,
            null,
            ResidentStatus.DECEASED,
            START.plusDays(10),
            "x",
            Instant.EPOCH);
    assertTrue(r.eligibleOn(START.plusDays(9)));
    assertEquals(false, r.eligibleOn(START.plusDays(10)));
    assertEquals(false, r.eligibleOn(START.minusDays(1)));
  }
}
