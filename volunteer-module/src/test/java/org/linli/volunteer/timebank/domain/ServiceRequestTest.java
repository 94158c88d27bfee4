package org.linli.volunteer.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class ServiceRequestTest {
  static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

  static ServiceRequest open(long minutes) {
    return ServiceRequest.open(
        "r1",
        TimeHolder.volunteer("v1"),
        new ServiceRequest.Details("助老", "陪同就医", minutes, null),
        "staff",
        NOW);
  }

  static String code(Runnable action) {
    return assertThrows(DomainException.class, action::run).code();
  }

  @Test
  void confirmingReturnsWhatWasHeldButNotDelivered() {
    ServiceRequest r = open(120);
    r.assign("v2", "staff", NOW);
    assertEquals(30, r.confirm(90, "staff", NOW));
    assertEquals(ServiceRequestStatus.CONFIRMED, r.status());
    assertEquals(90L, r.deliveredMinutes());
  }

  @Test
  void aRequestClosesOnlyOnce() {
    ServiceRequest confirmed = open(60);
    confirmed.assign("v2", "staff", NOW);
    confirmed.confirm(60, "staff", NOW);
    assertEquals("SERVICE_REQUEST_CLOSED", code(() -> confirmed.cancel("staff", NOW)));
    assertEquals("SERVICE_REQUEST_CLOSED", code(() -> confirmed.confirm(60, "staff", NOW)));
    assertEquals("SERVICE_REQUEST_CLOSED", code(() -> confirmed.assign("v3", "staff", NOW)));

    ServiceRequest cancelled = open(60);
    cancelled.cancel("staff", NOW);
    assertEquals(ServiceRequestStatus.CANCELLED, cancelled.status());
    assertEquals("SERVICE_REQUEST_CLOSED", code(() -> cancelled.cancel("staff", NOW)));
  }

  @Test
  void confirmationNeedsAProviderAndAtMostTheHeldHours() {
    ServiceRequest r = open(60);
    assertEquals("SERVICE_REQUEST_NOT_ASSIGNED", code(() -> r.confirm(60, "staff", NOW)));
    r.assign("v2", "staff", NOW);
    assertEquals("DELIVERED_EXCEEDS_HELD", code(() -> r.confirm(61, "staff", NOW)));
    assertEquals("INVALID_AMOUNT", code(() -> r.confirm(0, "staff", NOW)));
    assertEquals(ServiceRequestStatus.ASSIGNED, r.status());
  }

  @Test
  void theRequesterIsAVolunteerOrABeneficiary() {
    assertEquals(TimeHolder.volunteer("v1"), open(60).requester());
    ServiceRequest forFamily =
        ServiceRequest.open(
            "r2",
            TimeHolder.beneficiary("b1"),
            new ServiceRequest.Details("助老", "送餐", 30, null),
            "staff",
            NOW);
    assertEquals(TimeHolder.beneficiary("b1"), forFamily.requester());
    assertEquals("tb-hold:r2", forFamily.holdTransactionId());
    assertEquals("INVALID_AMOUNT", code(() -> open(0)));
  }
}
