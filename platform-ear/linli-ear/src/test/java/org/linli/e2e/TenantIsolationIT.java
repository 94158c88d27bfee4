package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.linli.e2e.support.AccountingWorld;
import org.linli.e2e.support.DisbursementWorld;
import org.linli.e2e.support.DonationWorld;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.PointsWorld;
import org.linli.e2e.support.VolunteerWorld;

/**
 * Tenant isolation for every tenant-scoped endpoint: org A's admin addressing B's objects through
 * A's path gets 404 (B's data does not exist for A), through B's path gets 403; B's data is
 * unchanged afterwards. {@link #everyTenantEndpointHasACrossTenantCase} fails when an endpoint is
 * added to the API without a case here.
 */
class TenantIsolationIT {
  static Fixture fx;

  /** One case per tenant-scoped operation: method, path template, body. */
  record Case(String method, String template, String body, boolean asVolunteer) {
    Case(String method, String template, String body) {
      this(method, template, body, false);
    }

    String key() {
      return method + " " + template;
    }

    String path(String org, ObjectIds ids) {
      return template
          .replace("{org}", org)
          .replace("{personId}", ids.personId())
          .replace("{role}", "staff")
          .replace("{volunteerId}", ids.volunteerId())
          .replace("{activityId}", ids.activityId())
          .replace("{shiftId}", ids.shiftId())
          .replace("{signupId}", ids.signupId())
          .replace("{recordId}", ids.recordId())
          .replace("{requestId}", ids.requestId())
          .replace("{certificateId}", ids.certificateId())
          .replace("{accountId}", ids.accountId())
          .replace("{transactionId}", ids.transactionId())
          .replace("{beneficiaryId}", ids.beneficiaryId())
          .replace("{serviceRequestId}", ids.serviceRequestId())
          .replace("{agreementId}", ids.agreementId())
          .replace("{outboundId}", ids.outboundId())
          .replace("{inboundId}", ids.inboundId())
          .replace("{itemId}", ids.itemId())
          .replace("{redemptionId}", ids.redemptionId())
          .replace("{fundId}", bFund)
          .replace("{voucherId}", bVoucher)
          .replace("{accountCode}", "1002")
          .replace("{donorId}", bDonor)
          .replace("{donationId}", bDonation)
          .replace("{receiptId}", bReceipt)
          .replace("{disbursementId}", bDisbursement)
          .replace("{disclosureKey}", bDisclosure)
          .replace("{deadLetterId}", bDeadLetter)
          .replace("{fileId}", bFile)
          .replace("{taskId}", bTask)
          .replace("{period}", "1998-01")
          // Government service purchase (issue 20).
          .replace("{contractId}", bContract)
          .replace("{orderId}", bOrder)
          .replace("{residentId}", gResident)
          // Anomaly flags of service orders (issue 20, part B).
          .replace("{rule}", "SHORT_VISIT")
          // Outbound flows (issue 21, part B): a fixed catalog, not an object of a tenant.
          .replace("{flow}", "DONATION_RECEIPT")
          // Monthly settlements (issue 20, settlement): G's draft on its contract with B.
          .replace("{settlementId}", gSettlement)
          // Amendments answered by the provider (issue 20).
          .replace("{version}", "2")
          // Acceptance sampling (issue 20, part B): G's sample of the contract, B's copy of a
          // rectification.
          .replace("{sampleId}", gSample)
          .replace("{rectificationId}", bRectification);
    }

    boolean hasObjectId() {
      return template.matches(
              ".*\\{(personId|volunteerId|activityId|shiftId|signupId|recordId|requestId|certificateId|accountId|transactionId|beneficiaryId|serviceRequestId|agreementId|outboundId|inboundId|itemId|redemptionId|fundId|voucherId|donorId|donationId|receiptId|disbursementId|disclosureKey|deadLetterId|fileId|taskId|contractId|orderId|residentId|settlementId|sampleId|rectificationId)\\}.*")
          || (body != null
              && List.of(
                      "RECORD",
                      "REVIEW",
                      "SIGNUP",
                      "MANUAL",
                      "CORR_REQ",
                      "LEDGER_TX",
                      "BENEFICIARY",
                      "FAMILY_TX",
                      "SERVICE_REQ",
                      "DONATION",
                      "CLEARING_OUT",
                      "CLEARING_ASSIGN",
                      "REDEEM",
                      "GIFT",
                      "RECEIPT",
                      "PURCHASE_ORDER",
                      "PURCHASE_SETTLEMENT")
                  .contains(body));
    }
  }

  static final String CLEARING = "/api/v1/orgs/{org}/time-bank/clearing";
  static final String POINTS_ITEM =
      "{\"name\":\"越权\",\"donor\":\"越权\",\"stock\":1,\"pricePoints\":1,\"perPersonLimit\":1}";

  static final String SCAN = "{\"code\":\"123456\",\"latitude\":32.06,\"longitude\":118.79}";

  static final List<Case> CORE_CASES =
      List.of(
          new Case("GET", "/api/v1/orgs/{org}", null),
          new Case("GET", "/api/v1/orgs/{org}/members", null),
          new Case("POST", "/api/v1/orgs/{org}/members", "INVITE"),
          new Case("GET", "/api/v1/orgs/{org}/members/{personId}", null),
          new Case("DELETE", "/api/v1/orgs/{org}/members/{personId}", null),
          new Case("GET", "/api/v1/orgs/{org}/members/{personId}/identity", null),
          new Case("POST", "/api/v1/orgs/{org}/members/{personId}/invitation", null),
          new Case("PUT", "/api/v1/orgs/{org}/members/{personId}/roles/{role}", null),
          new Case("DELETE", "/api/v1/orgs/{org}/members/{personId}/roles/{role}", null),
          new Case("GET", "/api/v1/orgs/{org}/settings", null),
          new Case("PUT", "/api/v1/orgs/{org}/settings", "{\"locale\":\"en-US\"}"),
          new Case("GET", "/api/v1/orgs/{org}/audit/records", null),
          new Case("GET", "/api/v1/orgs/{org}/audit/verification", null),
          new Case("GET", "/api/v1/orgs/{org}/volunteers", null),
          new Case("POST", "/api/v1/orgs/{org}/volunteers", "VOLUNTEER"),
          new Case("GET", "/api/v1/orgs/{org}/volunteers/{volunteerId}", null),
          // Open to any signed-in person by design: it can only register the caller's own identity.
          new Case("POST", "/api/v1/orgs/{org}/volunteers/applications", "APPLY"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/volunteers/{volunteerId}/status",
              "{\"status\":\"SUSPENDED\"}"),
          new Case("GET", "/api/v1/orgs/{org}/activities", null),
          new Case("POST", "/api/v1/orgs/{org}/activities", "{}"),
          new Case("GET", "/api/v1/orgs/{org}/activities/{activityId}", null),
          new Case("POST", "/api/v1/orgs/{org}/activities/{activityId}/publish", null),
          new Case("POST", "/api/v1/orgs/{org}/activities/{activityId}/close", null),
          new Case("GET", "/api/v1/orgs/{org}/activities/{activityId}/shifts", null),
          new Case("GET", "/api/v1/orgs/{org}/activities/{activityId}/shifts/{shiftId}", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/activities/{activityId}/shifts",
              "{\"startsAt\":\"2031-01-01T10:00:00+08:00\",\"endsAt\":\"2031-01-01T12:00:00+08:00\",\"capacity\":3}"),
          new Case("GET", "/api/v1/orgs/{org}/shifts/{shiftId}/signups", null),
          new Case("POST", "/api/v1/orgs/{org}/shifts/{shiftId}/signups", "SIGNUP"),
          new Case("DELETE", "/api/v1/orgs/{org}/shifts/{shiftId}/signups/{signupId}", null),
          new Case("GET", "/api/v1/orgs/{org}/service-records", null),
          new Case("POST", "/api/v1/orgs/{org}/service-records", "RECORD"),
          new Case("GET", "/api/v1/orgs/{org}/service-records/overdue", null),
          new Case("GET", "/api/v1/orgs/{org}/service-records/{recordId}", null),
          new Case(
              "POST", "/api/v1/orgs/{org}/service-records/{recordId}/correction", "CORRECTION"),
          new Case("POST", "/api/v1/orgs/{org}/service-records/review", "REVIEW"),
          new Case("GET", "/api/v1/orgs/{org}/volunteers/{volunteerId}/hours", null),
          new Case("GET", "/api/v1/orgs/{org}/shifts/{shiftId}/attendance", null),
          new Case("GET", "/api/v1/orgs/{org}/correction-requests", null),
          new Case("POST", "/api/v1/orgs/{org}/correction-requests", "CORR_REQ", true),
          new Case(
              "POST", "/api/v1/orgs/{org}/correction-requests/{requestId}/correct", "CORRECTION"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/correction-requests/{requestId}/decline",
              "{\"resolution\":\"越权\"}"),
          new Case("GET", "/api/v1/orgs/{org}/shifts/{shiftId}/attendance/code", null),
          new Case("POST", "/api/v1/orgs/{org}/shifts/{shiftId}/attendance/check-in", SCAN, true),
          new Case("POST", "/api/v1/orgs/{org}/shifts/{shiftId}/attendance/check-out", SCAN, true),
          new Case("POST", "/api/v1/orgs/{org}/shifts/{shiftId}/attendance/manual", "MANUAL"),
          new Case("POST", "/api/v1/orgs/{org}/shifts/{shiftId}/attendance/close-missing", null),
          new Case("GET", "/api/v1/orgs/{org}/exports/volunteers.csv", null),
          new Case("GET", "/api/v1/orgs/{org}/exports/volunteers.xlsx", null),
          new Case("GET", "/api/v1/orgs/{org}/exports/service-records.csv", null),
          new Case("GET", "/api/v1/orgs/{org}/exports/service-records.xlsx", null),
          new Case("GET", "/api/v1/orgs/{org}/volunteers/{volunteerId}/time-account", null),
          new Case("GET", "/api/v1/orgs/{org}/time-bank/rules", null),
          new Case("GET", "/api/v1/orgs/{org}/time-bank/rules/in-force", null),
          new Case(
              "POST", "/api/v1/orgs/{org}/time-bank/rules", "{\"effectiveFrom\":\"2099-01-01\"}"),
          new Case("POST", "/api/v1/orgs/{org}/time-bank/donations", "DONATION"),
          new Case("GET", "/api/v1/orgs/{org}/time-bank/pool", null),
          new Case("POST", "/api/v1/orgs/{org}/time-bank/dormancy-reminders/run", "{}"),
          new Case("GET", "/api/v1/orgs/{org}/time-bank/dormancy-reminders", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/volunteers/{volunteerId}/time-account/deceased-settlement",
              "{\"dateOfDeath\":\"2025-01-01\",\"evidence\":\"越权\"}"),
          new Case("GET", "/api/v1/orgs/{org}/volunteers/{volunteerId}/trainings", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/volunteers/{volunteerId}/trainings",
              "{\"courseName\":\"越权\",\"organizer\":\"越权\",\"trainingDate\":\"2025-06-01\","
                  + "\"hours\":\"1\",\"content\":\"越权\"}"),
          new Case("GET", "/api/v1/orgs/{org}/volunteers/{volunteerId}/awards", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/volunteers/{volunteerId}/awards",
              "{\"awardName\":\"越权\",\"level\":\"ORGANIZATION\",\"awardingBody\":\"越权\","
                  + "\"awardDate\":\"2025-06-01\"}"),
          // The public verification (/api/v1/public/certificates/...) is outside /api/v1/orgs and
          // binds the tenant named in its path itself: it needs no case here (see CertificateIT).
          new Case("GET", "/api/v1/orgs/{org}/volunteers/{volunteerId}/certificates", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/volunteers/{volunteerId}/certificates",
              "{\"from\":\"2020-01-01\",\"to\":\"2020-12-31\"}"),
          new Case(
              "GET",
              "/api/v1/orgs/{org}/volunteers/{volunteerId}/certificates/{certificateId}",
              null),
          new Case(
              "GET",
              "/api/v1/orgs/{org}/volunteers/{volunteerId}/certificates/{certificateId}/pdf",
              null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/volunteers/{volunteerId}/certificates/{certificateId}/revoke",
              "{\"reason\":\"越权\"}"),
          new Case("GET", "/api/v1/orgs/{org}/accounting/chart", null),
          new Case("POST", "/api/v1/orgs/{org}/accounting/books", "{\"chartVersion\":\"2004\"}"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/accounting/chart/accounts",
              "{\"parentCode\":\"5201\",\"code\":\"520101\",\"name\":\"越权\"}"),
          new Case("GET", "/api/v1/orgs/{org}/funds", null),
          new Case("POST", "/api/v1/orgs/{org}/funds", "{\"name\":\"越权\"}"),
          new Case("GET", "/api/v1/orgs/{org}/funds/{fundId}", null),
          new Case("GET", "/api/v1/orgs/{org}/funds/{fundId}/charges", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/funds/{fundId}/release",
              "{\"amount\":\"1.00\",\"date\":\"2026-01-05\",\"reason\":\"越权\"}"),
          new Case("GET", "/api/v1/orgs/{org}/accounting/vouchers", null),
          new Case("POST", "/api/v1/orgs/{org}/accounting/vouchers", AccountingWorld.VOUCHER),
          new Case("GET", "/api/v1/orgs/{org}/accounting/vouchers/{voucherId}", null),
          new Case("POST", "/api/v1/orgs/{org}/accounting/vouchers/{voucherId}/approve", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/accounting/vouchers/{voucherId}/reverse",
              "{\"reason\":\"越权\"}"),
          new Case("GET", "/api/v1/orgs/{org}/accounting/trial-balance", null),
          new Case("GET", "/api/v1/orgs/{org}/accounting/ledgers/{accountCode}", null),
          new Case("GET", "/api/v1/orgs/{org}/accounting/ledgers/{accountCode}/general", null),
          new Case("GET", "/api/v1/orgs/{org}/accounting/statements/balance-sheet", null),
          new Case("GET", "/api/v1/orgs/{org}/accounting/statements/activities", null),
          new Case("GET", "/api/v1/orgs/{org}/accounting/statements/cash-flows", null),
          new Case("POST", "/api/v1/orgs/{org}/accounting/periods/{period}/close", null),
          // ---- fund-reports: statement files and the closed periods list ----
          new Case("GET", "/api/v1/orgs/{org}/accounting/periods", null),
          new Case("GET", "/api/v1/orgs/{org}/accounting/statements/balance-sheet/download", null),
          new Case("GET", "/api/v1/orgs/{org}/accounting/statements/activities/download", null),
          new Case("GET", "/api/v1/orgs/{org}/accounting/statements/cash-flows/download", null),
          new Case("GET", "/api/v1/orgs/{org}/accounting/trial-balance/download", null),
          // ---- end fund-reports ----
          // Donations and receipts (charity fund accounting).
          new Case("GET", "/api/v1/orgs/{org}/donations/donors", null),
          new Case("POST", "/api/v1/orgs/{org}/donations/donors", "{\"kind\":\"ANONYMOUS\"}"),
          new Case("GET", "/api/v1/orgs/{org}/donations/donors/{donorId}", null),
          new Case("GET", "/api/v1/orgs/{org}/donations", null),
          new Case("POST", "/api/v1/orgs/{org}/donations", "GIFT"),
          new Case("GET", "/api/v1/orgs/{org}/donations/{donationId}", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/donations/{donationId}/payments",
              "{\"amount\":\"1.00\",\"date\":\"2026-01-05\",\"channel\":\"BANK\"}"),
          new Case("GET", "/api/v1/orgs/{org}/receipts/series", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/receipts/series",
              "{\"receiptCode\":\"12345678\",\"firstNo\":1,\"lastNo\":2}"),
          new Case("GET", "/api/v1/orgs/{org}/receipts", null),
          new Case("POST", "/api/v1/orgs/{org}/receipts", "RECEIPT"),
          new Case("GET", "/api/v1/orgs/{org}/receipts/{receiptId}", null),
          new Case("GET", "/api/v1/orgs/{org}/receipts/{receiptId}/pdf", null),
          new Case("POST", "/api/v1/orgs/{org}/receipts/{receiptId}/void", "{\"reason\":\"越权\"}"),
          new Case("GET", "/api/v1/orgs/{org}/disbursements", null),
          new Case("POST", "/api/v1/orgs/{org}/disbursements", "DISBURSEMENT"),
          new Case("GET", "/api/v1/orgs/{org}/disbursements/settings", null),
          new Case(
              "PUT",
              "/api/v1/orgs/{org}/disbursements/settings",
              "{\"singleApproverLimit\":\"1.00\"}"),
          new Case("GET", "/api/v1/orgs/{org}/disbursements/{disbursementId}", null),
          new Case("POST", "/api/v1/orgs/{org}/disbursements/{disbursementId}/approve", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/disbursements/{disbursementId}/reject",
              "{\"reason\":\"越权\"}"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/disbursements/{disbursementId}/payment",
              "{\"bankReference\":\"越权\"}"),
          new Case("POST", "/api/v1/orgs/{org}/disbursements/fast-lane/payments", "FAST_PAYMENT"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/disbursements/fast-lane/cases/{disbursementId}/backfill",
              "{\"approved\":true}"),
          new Case("GET", "/api/v1/orgs/{org}/disbursements/fast-lane/overdue-backfills", null),
          new Case("POST", "/api/v1/orgs/{org}/disbursements/fast-lane/escalations", null),
          new Case("GET", "/api/v1/orgs/{org}/disbursements/fast-lane/recoveries", null),
          new Case("GET", "/api/v1/orgs/{org}/disbursements/fast-lane/report", null),
          new Case("GET", "/api/v1/orgs/{org}/compliance/meter", null),
          new Case("GET", "/api/v1/orgs/{org}/compliance/profile", null),
          new Case(
              "PUT",
              "/api/v1/orgs/{org}/compliance/profile",
              "{\"type\":\"FOUNDATION\",\"publicFundraising\":true}"),
          new Case("GET", "/api/v1/orgs/{org}/compliance/disclosures", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/compliance/disclosures",
              "{\"title\":\"越权\",\"occurredOn\":\"2026-01-05\"}"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/compliance/disclosures/{disclosureKey}/disclosure",
              "{\"disclosedOn\":\"2026-01-06\",\"reference\":\"越权\"}"),
          // --- integration (issue 21): outbound flows and dead letters ---
          new Case("GET", "/api/v1/orgs/{org}/integration/status", null),
          new Case("GET", "/api/v1/orgs/{org}/integration/dead-letters", null),
          new Case("GET", "/api/v1/orgs/{org}/integration/dead-letters/{deadLetterId}", null),
          new Case(
              "POST", "/api/v1/orgs/{org}/integration/dead-letters/{deadLetterId}/replay", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/integration/dead-letters/{deadLetterId}/discard",
              "{\"reason\":\"越权\"}"),
          // inbound lists (issue 21): received files and their rejected rows
          new Case("GET", "/api/v1/orgs/{org}/integration/files", null),
          new Case("GET", "/api/v1/orgs/{org}/integration/files/{fileId}", null),
          new Case("GET", "/api/v1/orgs/{org}/integration/files/{fileId}/rejected-rows", null),
          // staff tasks (待办) left by civil-affairs lists
          new Case("GET", "/api/v1/orgs/{org}/integration/tasks", null),
          new Case(
              "POST", "/api/v1/orgs/{org}/integration/tasks/{taskId}/resolve", "{\"note\":\"越权\"}"),
          // --- end integration ---
          // --- integration, outbound flows (issue 21, part B) ---
          new Case("GET", "/api/v1/orgs/{org}/integration/flows", null),
          new Case("GET", "/api/v1/orgs/{org}/integration/flows/{flow}", null),
          new Case("GET", "/api/v1/orgs/{org}/integration/flows/{flow}/events", null),
          new Case(
              "PUT",
              "/api/v1/orgs/{org}/integration/flows/{flow}/settings",
              "{\"enabled\":false,\"endpoint\":\"http://127.0.0.1:9/x\"}"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/integration/flows/{flow}/runs",
              "{\"month\":\"2000-01\"}"),
          // --- end integration, outbound flows ---
          new Case("GET", "/api/v1/orgs/{org}/ledger/accounts", null),
          new Case(
              "POST", "/api/v1/orgs/{org}/ledger/accounts", "{\"unit\":\"CNY\",\"kind\":\"POOL\"}"),
          new Case("GET", "/api/v1/orgs/{org}/ledger/accounts/{accountId}", null),
          new Case("GET", "/api/v1/orgs/{org}/ledger/accounts/{accountId}/statement", null),
          new Case("GET", "/api/v1/orgs/{org}/ledger/accounts/{accountId}/balance", null),
          new Case("POST", "/api/v1/orgs/{org}/ledger/transactions", "LEDGER_TX"),
          new Case("GET", "/api/v1/orgs/{org}/ledger/transactions/{transactionId}", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/ledger/transactions/{transactionId}/reversal",
              "{\"id\":\"x-reversal-cross\"}"),
          new Case("POST", "/api/v1/orgs/{org}/ledger/periods/{period}/close", null),
          new Case("GET", "/api/v1/orgs/{org}/ledger/invariants", null),
          new Case("GET", "/api/v1/orgs/{org}/time-bank/beneficiaries", null),
          new Case("POST", "/api/v1/orgs/{org}/time-bank/beneficiaries", "BENEFICIARY"),
          new Case("GET", "/api/v1/orgs/{org}/time-bank/beneficiaries/{beneficiaryId}", null),
          new Case("GET", "/api/v1/orgs/{org}/time-bank/family-transfers", null),
          new Case("POST", "/api/v1/orgs/{org}/time-bank/family-transfers", "FAMILY_TX"),
          new Case("GET", "/api/v1/orgs/{org}/time-bank/service-requests", null),
          new Case("POST", "/api/v1/orgs/{org}/time-bank/service-requests", "SERVICE_REQ"),
          new Case("GET", "/api/v1/orgs/{org}/time-bank/service-requests/{serviceRequestId}", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/time-bank/service-requests/{serviceRequestId}/assign",
              "ASSIGN"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/time-bank/service-requests/{serviceRequestId}/confirm",
              "{\"hoursDelivered\":\"0.50\"}"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/time-bank/service-requests/{serviceRequestId}/cancel",
              null),
          new Case("GET", CLEARING + "/agreements", null),
          new Case(
              "POST",
              CLEARING + "/agreements",
              "{\"counterpartyOrg\":\"no-such-org\",\"limitHours\":\"1\"}"),
          new Case("GET", CLEARING + "/agreements/{agreementId}", null),
          new Case("POST", CLEARING + "/agreements/{agreementId}/accept", null),
          new Case("POST", CLEARING + "/agreements/{agreementId}/suspend", null),
          new Case("GET", CLEARING + "/outbound-requests", null),
          new Case("POST", CLEARING + "/outbound-requests", "CLEARING_OUT"),
          new Case("GET", CLEARING + "/outbound-requests/{outboundId}", null),
          new Case("POST", CLEARING + "/outbound-requests/{outboundId}/cancel", null),
          new Case("GET", CLEARING + "/inbound-requests", null),
          new Case("GET", CLEARING + "/inbound-requests/{inboundId}", null),
          new Case("POST", CLEARING + "/inbound-requests/{inboundId}/assign", "CLEARING_ASSIGN"),
          new Case("POST", CLEARING + "/inbound-requests/{inboundId}/confirm", null),
          new Case(
              "POST", CLEARING + "/inbound-requests/{inboundId}/decline", "{\"reason\":\"越权\"}"),
          new Case("GET", CLEARING + "/statements", null),
          new Case("GET", CLEARING + "/partners", null, true),
          new Case("GET", "/api/v1/orgs/{org}/points/rules", null),
          new Case("POST", "/api/v1/orgs/{org}/points/rules", "{\"effectiveFrom\":\"2099-01-01\"}"),
          new Case(
              "PUT",
              "/api/v1/orgs/{org}/points/activity-bonuses/{activityId}",
              "{\"bonusPoints\":5}"),
          new Case("POST", "/api/v1/orgs/{org}/points/expiry-runs", "{}"),
          new Case("GET", "/api/v1/orgs/{org}/points/items", null),
          new Case("POST", "/api/v1/orgs/{org}/points/items", POINTS_ITEM),
          new Case("GET", "/api/v1/orgs/{org}/points/items/{itemId}", null),
          new Case("PATCH", "/api/v1/orgs/{org}/points/items/{itemId}", "{\"pricePoints\":1}"),
          new Case("POST", "/api/v1/orgs/{org}/points/items/{itemId}/restock", "{\"quantity\":1}"),
          new Case("GET", "/api/v1/orgs/{org}/points/redemptions", null),
          new Case("POST", "/api/v1/orgs/{org}/points/redemptions", "REDEEM", true),
          new Case("GET", "/api/v1/orgs/{org}/points/redemptions/{redemptionId}", null),
          new Case("POST", "/api/v1/orgs/{org}/points/redemptions/{redemptionId}/cancel", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/points/redemptions/{redemptionId}/pickup",
              "{\"pickupCode\":\"12345678\"}"),
          new Case("GET", "/api/v1/orgs/{org}/points/leaderboard", null),
          new Case("GET", "/api/v1/orgs/{org}/points/leaderboard/participation", null, true),
          new Case(
              "PUT",
              "/api/v1/orgs/{org}/points/leaderboard/participation",
              "{\"optOut\":true}",
              true),
          new Case("GET", "/api/v1/orgs/{org}/volunteers/{volunteerId}/points-account", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/volunteers/{volunteerId}/points-adjustments",
              "{\"points\":5,\"reason\":\"越权\"}"),
          // 服务捐赠 (donated services, volunteer hours valued into the books).
          new Case("GET", "/api/v1/orgs/{org}/accounting/service-donations/settings", null),
          new Case(
              "PUT",
              "/api/v1/orgs/{org}/accounting/service-donations/settings",
              "{\"ratePerHour\":\"1.00\",\"mode\":\"RECOGNISE\"}"),
          new Case("GET", "/api/v1/orgs/{org}/accounting/service-donations/runs", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/accounting/service-donations/runs",
              "{\"month\":\"2026-01\"}"));

  // ---- Government service purchase (issue 20): B is the provider of a contract with a government
  // buyer G; G's resident is reached through A's path too.
  static final List<Case> PURCHASE_CASES =
      List.of(
          new Case("GET", "/api/v1/orgs/{org}/contracts", null),
          new Case("POST", "/api/v1/orgs/{org}/contracts", "{\"providerOrg\":\"x\"}"),
          new Case("GET", "/api/v1/orgs/{org}/contracts/{contractId}", null),
          new Case("POST", "/api/v1/orgs/{org}/contracts/{contractId}/submit", null),
          new Case("POST", "/api/v1/orgs/{org}/contracts/{contractId}/accept", null),
          new Case(
              "POST", "/api/v1/orgs/{org}/contracts/{contractId}/decline", "{\"reason\":\"越权\"}"),
          new Case(
              "POST", "/api/v1/orgs/{org}/contracts/{contractId}/amendments", "PURCHASE_AMENDMENT"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/contracts/{contractId}/publication",
              "{\"published\":true}"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/contracts/{contractId}/terminate",
              "{\"terminatedOn\":\"2026-01-01\",\"reason\":\"越权\"}"),
          new Case("GET", "/api/v1/orgs/{org}/contracts/{contractId}/residents", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/contracts/{contractId}/residents",
              "{\"residentId\":\"x\"}"),
          new Case("GET", "/api/v1/orgs/{org}/contracts/{contractId}/evidence/digest", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/contracts/{contractId}/evidence/verify",
              "{\"lastSeq\":0,\"lastHash\":\"x\"}"),
          new Case("GET", "/api/v1/orgs/{org}/residents", null),
          new Case("POST", "/api/v1/orgs/{org}/residents", "{\"name\":\"越权\"}"),
          new Case("POST", "/api/v1/orgs/{org}/residents/import", "name"),
          new Case("GET", "/api/v1/orgs/{org}/residents/{residentId}", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/residents/{residentId}/status",
              "{\"status\":\"DECEASED\",\"effectiveOn\":\"2026-01-01\"}"),
          new Case("GET", "/api/v1/orgs/{org}/service-orders", null),
          new Case("POST", "/api/v1/orgs/{org}/service-orders", "PURCHASE_ORDER"),
          new Case("GET", "/api/v1/orgs/{org}/service-orders/mine", null),
          new Case("GET", "/api/v1/orgs/{org}/service-orders/{orderId}", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/service-orders/{orderId}/assign",
              "{\"workerPersonId\":\"x\"}"),
          new Case("POST", "/api/v1/orgs/{org}/service-orders/{orderId}/accept", null),
          new Case(
              "POST", "/api/v1/orgs/{org}/service-orders/{orderId}/check-in", "PURCHASE_LOCATION"),
          new Case(
              "POST", "/api/v1/orgs/{org}/service-orders/{orderId}/check-out", "PURCHASE_LOCATION"),
          new Case("POST", "/api/v1/orgs/{org}/service-orders/{orderId}/photos", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/service-orders/{orderId}/confirmation",
              "{\"code\":\"123456\"}"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/service-orders/{orderId}/follow-up",
              "{\"satisfaction\":5}"),
          new Case("POST", "/api/v1/orgs/{org}/service-orders/{orderId}/cancel", null),
          new Case("POST", "/api/v1/orgs/{org}/service-orders/{orderId}/no-show", null),
          // The purchase dashboards (issue 20, part B).
          new Case("GET", "/api/v1/orgs/{org}/purchase-dashboard", null),
          new Case("GET", "/api/v1/orgs/{org}/purchase-dashboard/provider", null),
          new Case("GET", "/api/v1/orgs/{org}/purchase-dashboard/orders/{orderId}", null));

  // ---- Anomaly flags of service orders (issue 20, part B): B's copy of G's order and contract.
  static final List<Case> PURCHASE_FLAG_CASES =
      List.of(
          new Case("GET", "/api/v1/orgs/{org}/contracts/{contractId}/flags", null),
          new Case("GET", "/api/v1/orgs/{org}/service-orders/{orderId}/flags", null),
          new Case("POST", "/api/v1/orgs/{org}/service-orders/{orderId}/flags/evaluate", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/service-orders/{orderId}/flags/{rule}/accept",
              "{\"reason\":\"越权\"}"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/service-orders/{orderId}/flags/{rule}/reject",
              "{\"reason\":\"越权\"}"));

  // ---- Monthly settlements (issue 20, settlement): G's draft for its contract with B; B's
  // contract.
  static final List<Case> PURCHASE_SETTLEMENT_CASES =
      List.of(
          new Case("GET", "/api/v1/orgs/{org}/settlements", null),
          new Case("POST", "/api/v1/orgs/{org}/settlements", "PURCHASE_SETTLEMENT"),
          new Case("GET", "/api/v1/orgs/{org}/settlements/contracts/{contractId}/budget", null),
          new Case("GET", "/api/v1/orgs/{org}/settlements/contracts/{contractId}/ledger", null),
          new Case("GET", "/api/v1/orgs/{org}/settlements/{settlementId}", null),
          new Case("GET", "/api/v1/orgs/{org}/settlements/{settlementId}/orders", null),
          new Case("POST", "/api/v1/orgs/{org}/settlements/{settlementId}/accept", null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/settlements/{settlementId}/invoice",
              "{\"invoiceNo\":\"FP1\",\"amount\":\"1.00\"}"),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/settlements/{settlementId}/pay",
              "{\"paidOn\":\"2026-01-01\",\"reference\":\"越权\"}"),
          new Case("POST", "/api/v1/orgs/{org}/settlements/{settlementId}/books", null));

  // ---- Contract amendments answered by the provider (issue 20): B's copy of G's contract.
  static final List<Case> PURCHASE_AMENDMENT_CASES =
      List.of(
          new Case(
              "POST",
              "/api/v1/orgs/{org}/contracts/{contractId}/amendments/{version}/accept",
              null),
          new Case(
              "POST",
              "/api/v1/orgs/{org}/contracts/{contractId}/amendments/{version}/refuse",
              "{\"reason\":\"越权\"}"));

  // ---- Acceptance sampling and rectification (issue 20, part B): B is the provider.
  static final String SAMPLES = "/api/v1/orgs/{org}/contracts/{contractId}/samples";
  static final String RECTIFICATIONS = "/api/v1/orgs/{org}/contracts/{contractId}/rectifications";
  static final List<Case> PURCHASE_SAMPLING_CASES =
      List.of(
          new Case("GET", SAMPLES + "/settings", null),
          new Case("PUT", SAMPLES + "/settings", "{\"ratePercent\":50}"),
          new Case("GET", SAMPLES, null),
          new Case("POST", SAMPLES, "{\"month\":\"2026-01\"}"),
          new Case("GET", SAMPLES + "/{sampleId}", null),
          new Case("GET", SAMPLES + "/{sampleId}/verification", null),
          new Case("POST", SAMPLES + "/{sampleId}/discard", "{\"reason\":\"越权\"}"),
          new Case(
              "POST", SAMPLES + "/{sampleId}/orders/{orderId}/checks", "{\"result\":\"PASSED\"}"),
          new Case("GET", "/api/v1/orgs/{org}/contracts/{contractId}/sampled-orders", null),
          new Case("GET", RECTIFICATIONS, null),
          new Case(
              "POST",
              RECTIFICATIONS,
              "{\"sampleId\":\"x\",\"orderId\":\"x\",\"request\":\"越权\",\"deadline\":\"2030-01-01\"}"),
          new Case("GET", RECTIFICATIONS + "/{rectificationId}", null),
          new Case("POST", RECTIFICATIONS + "/{rectificationId}/answer", "{\"text\":\"越权\"}"),
          new Case(
              "POST", RECTIFICATIONS + "/{rectificationId}/close", "{\"outcome\":\"PASSED\"}"));

  static final List<Case> CASES =
      java.util.stream.Stream.of(
              CORE_CASES,
              PURCHASE_CASES,
              PURCHASE_FLAG_CASES,
              PURCHASE_SETTLEMENT_CASES,
              PURCHASE_AMENDMENT_CASES,
              PURCHASE_SAMPLING_CASES)
          .flatMap(List::stream)
          .toList();

  static final String PURCHASE_AMENDMENT =
      "{\"effectiveFrom\":\"2026-02-01\",\"totalAmount\":\"100.00\",\"items\":[{\"code\":"
          + "\"MEAL_AID\",\"name\":\"助餐\",\"unit\":\"MEAL\",\"unitPrice\":\"1.00\","
          + "\"quantity\":1,\"eligibleGroups\":[\"ELDERLY\"]}]}";

  /** B's copy of a contract with G, B's copy of an order on it, and G's resident. */
  static String bContract;

  static String bOrder;
  static String gResident;
  static String gSettlement;

  /** G's sample of the contract and B's copy of a rectification issued on it. */
  static String gSample;

  static String bRectification;

  static void purchaseObjects() {
    Fixture.TestOrg g =
        org.linli.e2e.support.PurchaseWorld.buyer("tig" + org.linli.e2e.support.Ids.suffix());
    bContract = org.linli.e2e.support.PurchaseWorld.activeContract(g, fx.b);
    gResident = org.linli.e2e.support.PurchaseWorld.assignedResident(g, bContract);
    bOrder =
        org.linli.e2e.support.PurchaseWorld.order(g, bContract, gResident)
            .getJsonObject("order")
            .getString("id");
    // A completed order of today, sampled and found 不合格, with a rectification sent to B.
    String done =
        org.linli.e2e.support.PurchaseWorld.order(
            g,
            bContract,
            org.linli.e2e.support.PurchaseWorld.assignedResident(g, bContract),
            "MEAL_AID");
    org.linli.e2e.support.PurchaseWorld.checkedIn(fx.b, fx.b.volunteer(), done, 32.06, 118.78);
    org.linli.e2e.support.PurchaseWorld.checkedOut(fx.b, fx.b.volunteer(), done, 32.06, 118.78);
    String contract = g.path() + "/contracts/" + bContract;
    Http.Resp sample =
        g.admin()
            .http()
            .post(
                contract + "/samples",
                "{\"month\":\""
                    + java.time.YearMonth.from(org.linli.e2e.support.PurchaseWorld.today())
                    + "\"}");
    assertEquals(201, sample.status(), sample::toString);
    gSample = sample.json().getString("id");
    Http.Resp failed =
        g.admin()
            .http()
            .post(
                contract + "/samples/" + gSample + "/orders/" + done + "/checks",
                "{\"result\":\"FAILED\"}");
    assertEquals(201, failed.status(), failed::toString);
    Http.Resp rect =
        g.admin()
            .http()
            .post(
                contract + "/rectifications",
                "{\"sampleId\":\""
                    + gSample
                    + "\",\"orderId\":\""
                    + done
                    + "\",\"request\":\"补齐记录\",\"deadline\":\""
                    + org.linli.e2e.support.PurchaseWorld.today().plusDays(5)
                    + "\"}");
    assertEquals(201, rect.status(), rect::toString);
    bRectification = rect.json().getString("id");
    Http.Resp drafted =
        g.admin()
            .http()
            .post(
                g.path() + "/settlements",
                "{\"contractId\":\""
                    + bContract
                    + "\",\"month\":\""
                    + java.time.YearMonth.now(org.linli.e2e.support.PurchaseWorld.CHINA)
                    + "\"}");
    assertEquals(200, drafted.status(), drafted::toString);
    gSettlement = drafted.json().getJsonObject("settlement").getString("id");
  }

  /** Ids of B's objects that A's admin tries to reach. */
  record ObjectIds(
      String personId,
      String volunteerId,
      String activityId,
      String shiftId,
      String signupId,
      String recordId,
      String requestId,
      String certificateId,
      String accountId,
      String transactionId,
      String beneficiaryId,
      String serviceRequestId,
      String agreementId,
      String outboundId,
      String inboundId,
      String itemId,
      String redemptionId) {}

  static ObjectIds bIds;

  /** B's fund and one of B's vouchers (charity fund accounting). */
  static String bFund;

  static String bVoucher;

  /** B's donor, one of B's donations and its receipt. */
  static String bDonor;

  static String bDonation;
  static String bReceipt;

  /** B's pending disbursement request, against a fund of B's that holds money. */
  static String bDisbursement;

  static String bMoney;

  /** A major transaction B registered for disclosure (its calendar key). */
  static String bDisclosure;

  static String bRedeemer;

  /** An open dead letter of B's (the simulator refused one of B's service records once). */
  static String bDeadLetter;

  /** A roster B received from the province gateway (one row of it rejected). */
  static String bFile;

  /** An open staff task of B's (a deceased volunteer's time balance). */
  static String bTask;

  @BeforeAll
  static void setUp() {
    fx = Fixture.get();
    VolunteerWorld b = new VolunteerWorld(fx.b);
    String volunteer = b.activeVolunteer();
    String activity = b.publishedActivity();
    String shift = b.shift(activity, 5, 9, 1, List.of());
    String signup = b.signUp(shift, volunteer).json().getString("id");
    String record =
        b.enterRecord(volunteer, VolunteerWorld.facts(20, 1, 60)).json().getString("id");
    String[] withLogin = b.activeVolunteerWithLogin();
    String own =
        b.enterRecord(withLogin[0], VolunteerWorld.facts(22, 1, 60)).json().getString("id");
    String request =
        Http.as(withLogin[1])
            .post(
                fx.b.path() + "/correction-requests",
                "{\"recordId\":\"" + own + "\",\"message\":\"请更正\"}")
            .json()
            .getString("id");
    String approved =
        b.enterRecord(volunteer, VolunteerWorld.facts(22, 1, 60)).json().getString("id");
    b.review("APPROVE", null, approved);
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    String certificate =
        fx.b
            .staff()
            .http()
            .post(
                fx.b.path() + "/volunteers/" + volunteer + "/certificates",
                Json.createObjectBuilder()
                    .add("from", today.minusDays(30).toString())
                    .add("to", today.toString())
                    .build())
            .json()
            .getString("id");
    Http bLedger = fx.b.admin().http();
    String bPool =
        bLedger
            .post(fx.b.path() + "/ledger/accounts", "{\"unit\":\"CNY\",\"kind\":\"POOL\"}")
            .json()
            .getString("id");
    String bAccount =
        bLedger
            .post(
                fx.b.path() + "/ledger/accounts",
                "{\"unit\":\"CNY\",\"kind\":\"ASSET\",\"noNegative\":true}")
            .json()
            .getString("id");
    String bTransaction =
        bLedger
            .post(fx.b.path() + "/ledger/transactions", ledgerTx("b-" + bAccount, bPool, bAccount))
            .json()
            .getString("id");
    // The time bank: a 60+ volunteer of B with hours, a beneficiary and an open service request.
    String elder = b.activeVolunteer(org.linli.e2e.support.Ids.residentIdBornIn(1950));
    b.review(
        "APPROVE",
        null,
        b.enterRecord(elder, VolunteerWorld.facts(23, 1, 60)).json().getString("id"));
    Http bStaff = fx.b.staff().http();
    String bBeneficiary =
        bStaff
            .post(
                fx.b.path() + "/time-bank/beneficiaries",
                Json.createObjectBuilder()
                    .add("volunteerId", elder)
                    .add("relation", "SPOUSE")
                    .add("name", "乙方家属")
                    .add("idNumber", org.linli.e2e.support.Ids.residentIdBornIn(1952))
                    .add("evidence", "结婚证已核验")
                    .build())
            .json()
            .getString("id");
    String bServiceRequest =
        bStaff
            .post(fx.b.path() + "/time-bank/service-requests", serviceRequestBody(elder))
            .json()
            .getString("id");
    String[] clearing = clearingWithAThirdOrganization(b);
    PointsWorld bPoints = new PointsWorld(fx.b);
    String[] redeemer = b.activeVolunteerWithLogin();
    bPoints.adjust(redeemer[0], 100);
    String bItem = bPoints.item(10, 5, 5);
    String bRedemption = bPoints.redeem(Http.as(redeemer[1]), bItem, 1).json().getString("id");
    bRedeemer = redeemer[0];
    bFund = AccountingWorld.fund(fx.b, "乙方基金" + System.nanoTime());
    bVoucher = AccountingWorld.draftVoucher(fx.b, bFund);
    DonationWorld bGifts = new DonationWorld(fx.b);
    bDonor = bGifts.company("乙方捐赠单位" + System.nanoTime());
    bDonation = bGifts.give(DonationWorld.cash(bDonor, "1.00", "2026-01-05")).getString("id");
    String bSeries =
        bGifts.series("8" + String.format("%07d", System.nanoTime() % 10_000_000), 1, 9);
    bReceipt = bGifts.issue(bDonation, bSeries).json().getString("id");
    Http bFinance =
        Fixture.invite(
                fx.b.admin().http(),
                fx.b.code(),
                "fin-iso-" + org.linli.e2e.support.Ids.suffix() + "@" + fx.b.code() + ".test",
                List.of("finance"))
            .http();
    bMoney =
        DisbursementWorld.fundedFund(
            fx.b, fx.b.admin().http(), bFinance, "乙方救助基金" + System.nanoTime(), "10.00");
    Http.Resp disclosure =
        fx.b
            .admin()
            .http()
            .post(
                fx.b.path() + "/compliance/disclosures",
                "{\"title\":\"购置房产\",\"occurredOn\":\"2026-01-05\"}");
    assertEquals(201, disclosure.status(), disclosure::toString);
    bDisclosure = disclosure.json().getString("key");
    bDisbursement = DisbursementWorld.requested(fx.b, fx.b.staff().http(), bMoney, "1.00");
    bDeadLetter = deadLetterOf(fx.b, b, b.activeVolunteer());
    bFile = inboundFileOf(fx.b);
    bTask = staffTaskOf(fx.b, volunteer);
    purchaseObjects();
    bIds =
        new ObjectIds(
            fx.b.volunteer().personId(),
            volunteer,
            activity,
            shift,
            signup,
            record,
            request,
            certificate,
            bAccount,
            bTransaction,
            bBeneficiary,
            bServiceRequest,
            clearing[0],
            clearing[1],
            clearing[2],
            bItem,
            bRedemption);
  }

  /**
   * B's side of 通存通兑 with a third organization C (never with A): an active agreement, an outbound
   * request of B's and an inbound request from C. Returns their ids.
   */
  static String[] clearingWithAThirdOrganization(VolunteerWorld b) {
    Fixture.TestOrg c = fx.createOrg("tic" + org.linli.e2e.support.Ids.suffix());
    Http cAdmin = c.admin().http();
    Http bAdmin = fx.b.admin().http();
    String agreement =
        cAdmin
            .post(
                c.path() + "/time-bank/clearing/agreements",
                "{\"counterpartyOrg\":\"" + fx.b.code() + "\",\"limitHours\":\"10\"}")
            .json()
            .getString("id");
    bAdmin.post(fx.b.path() + "/time-bank/clearing/agreements/" + agreement + "/accept", null);
    String inbound = redeemed(c, new VolunteerWorld(c), fx.b.code());
    String outbound = redeemed(fx.b, b, c.code());
    return new String[] {agreement, outbound, inbound};
  }

  /** An elderly volunteer of {@code from} with one approved hour redeems it at {@code at}. */
  static String redeemed(Fixture.TestOrg from, VolunteerWorld world, String at) {
    String elder =
        world.activeVolunteer(
            org.linli.e2e.support.Ids.residentIdBornOn(java.time.LocalDate.of(1948, 3, 1)));
    String record =
        world.enterRecord(elder, VolunteerWorld.facts(23, 1, 60)).json().getString("id");
    world.review("APPROVE", null, record);
    Http.Resp r =
        from.staff()
            .http()
            .post(
                from.path() + "/time-bank/clearing/outbound-requests",
                Json.createObjectBuilder()
                    .add("volunteerId", elder)
                    .add("serviceOrg", at)
                    .add("serviceCategory", "助老")
                    .add("description", "陪同就医")
                    .add("hours", "1")
                    .build());
    assertEquals(201, r.status(), r::toString);
    return r.json().getString("id");
  }

  /**
   * An open dead letter of {@code owner}: the simulator refuses its next delivery (422), then a
   * record is approved; waits until the dead letter shows.
   */
  static String deadLetterOf(Fixture.TestOrg owner, VolunteerWorld world, String volunteer) {
    org.linli.e2e.support.Simulator.fail(owner.code(), 422, 1);
    world.review(
        "APPROVE",
        null,
        world.enterRecord(volunteer, VolunteerWorld.facts(25, 1, 60)).json().getString("id"));
    Http staff = owner.staff().http();
    String open = owner.path() + "/integration/dead-letters?status=OPEN";
    org.linli.e2e.support.Simulator.await(
        "a dead letter of " + owner.code(),
        java.time.Duration.ofSeconds(60),
        () -> !staff.get(open).json().getJsonArray("items").isEmpty());
    return staff.get(open).json().getJsonArray("items").getJsonObject(0).getString("id");
  }

  /** Moves 1.00 CNY from {@code from} to {@code to}. */
  static String ledgerTx(String id, String from, String to) {
    return "{\"id\":\""
        + id
        + "\",\"kind\":\"TRANSFER\",\"effectiveDate\":\"2026-01-05\",\"postings\":["
        + "{\"accountId\":\""
        + from
        + "\",\"unit\":\"CNY\",\"amount\":\"-1.00\"},{\"accountId\":\""
        + to
        + "\",\"unit\":\"CNY\",\"amount\":\"1.00\"}]}";
  }

  static String serviceRequestBody(String volunteerId) {
    return Json.createObjectBuilder()
        .add("requester", Json.createObjectBuilder().add("volunteerId", volunteerId))
        .add("serviceCategory", "助老")
        .add("description", "越权")
        .add("hours", "0.50")
        .build()
        .toString();
  }

  static Stream<Case> cases() {
    return CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void anotherTenantsPathIsForbidden(Case c) {
    Http.Resp resp =
        fx.a
            .admin()
            .http()
            .header("If-Match", "\"1\"")
            .send(c.method(), c.path(fx.b.code(), bIds), body(c));
    if ("APPLY".equals(c.body())) {
      assertEquals(422, resp.status(), resp::toString);
      assertEquals("ID_MISMATCH", resp.code(), "nothing of B is revealed or written");
      return;
    }
    assertEquals(403, resp.status(), resp::toString);
    assertEquals("NOT_A_MEMBER", resp.code());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void anotherTenantsIdsThroughOwnPathAreNotFound(Case c) {
    if (!c.hasObjectId()) {
      return; // no object id to guess: covered by the path case above
    }
    Http caller = c.asVolunteer() ? fx.a.volunteer().http() : fx.a.admin().http();
    // A fresh Idempotency-Key: the value-moving POSTs demand one before they look anything up.
    Http.Resp resp =
        caller
            .header("Idempotency-Key", "iso-" + System.nanoTime())
            .send(c.method(), c.path(fx.a.code(), bIds), body(c));
    assertEquals(404, resp.status(), resp::toString);
    assertTrue(resp.code().endsWith("_NOT_FOUND"), resp::toString);
    Http bAdmin = fx.b.admin().http();
    Http.Resp member = bAdmin.get(fx.b.path() + "/members/" + bIds.personId());
    assertEquals(
        Json.createArrayBuilder().add("volunteer").build(), member.json().getJsonArray("roles"));
    assertEquals(
        "ACTIVE",
        bAdmin.get(fx.b.path() + "/volunteers/" + bIds.volunteerId()).json().getString("status"));
    assertEquals(
        "PUBLISHED",
        bAdmin.get(fx.b.path() + "/activities/" + bIds.activityId()).json().getString("status"));
    assertTrue(
        bAdmin
            .get(fx.b.path() + "/shifts/" + bIds.shiftId() + "/signups")
            .body()
            .contains("\"status\":\"CONFIRMED\""));
    assertEquals(
        "PENDING",
        bAdmin.get(fx.b.path() + "/service-records/" + bIds.recordId()).json().getString("status"));
    String bVolunteer = fx.b.path() + "/volunteers/" + bIds.volunteerId();
    assertEquals(0, bAdmin.get(bVolunteer + "/trainings").json().getJsonArray("items").size());
    assertEquals(0, bAdmin.get(bVolunteer + "/awards").json().getJsonArray("items").size());
    assertEquals(
        "VALID",
        bAdmin
            .get(
                fx.b.path()
                    + "/volunteers/"
                    + bIds.volunteerId()
                    + "/certificates/"
                    + bIds.certificateId())
            .json()
            .getString("status"));
    Http.Resp serviceRequest =
        bAdmin.get(fx.b.path() + "/time-bank/service-requests/" + bIds.serviceRequestId());
    assertEquals("OPEN", serviceRequest.json().getString("status"), "B's request is untouched");
    Http.Resp beneficiary =
        bAdmin.get(fx.b.path() + "/time-bank/beneficiaries/" + bIds.beneficiaryId());
    assertEquals("0.00", beneficiary.json().getString("balanceHours"));
    String clearing = fx.b.path() + "/time-bank/clearing";
    assertEquals(
        "ACTIVE",
        bAdmin.get(clearing + "/agreements/" + bIds.agreementId()).json().getString("status"));
    assertEquals(
        "OPEN",
        bAdmin
            .get(clearing + "/outbound-requests/" + bIds.outboundId())
            .json()
            .getString("status"));
    assertEquals(
        "OPEN",
        bAdmin.get(clearing + "/inbound-requests/" + bIds.inboundId()).json().getString("status"));
    Http.Resp account = bAdmin.get(fx.b.path() + "/ledger/accounts/" + bIds.accountId());
    assertEquals("1.00", account.json().getString("balance"), "B's ledger is untouched");
    assertEquals(
        "1.00",
        bAdmin.get(bVolunteer + "/time-account").json().getString("balanceHours"),
        "B's time account is untouched");
    PointsWorld bPoints = new PointsWorld(fx.b);
    assertEquals(4, bPoints.stock(bIds.itemId()), "B's stock is untouched");
    assertEquals(
        "RESERVED",
        bAdmin
            .get(fx.b.path() + "/points/redemptions/" + bIds.redemptionId())
            .json()
            .getString("status"));
    assertEquals(90, bPoints.balance(bRedeemer), "B's points are untouched");
    assertEquals(
        "ISSUED",
        bAdmin.get(fx.b.path() + "/receipts/" + bReceipt).json().getString("status"),
        "B's receipt is untouched");
    assertEquals(
        "RECEIVED", bAdmin.get(fx.b.path() + "/donations/" + bDonation).json().getString("status"));
    assertEquals(
        "OPEN",
        bAdmin
            .get(fx.b.path() + "/integration/dead-letters/" + bDeadLetter)
            .json()
            .getString("status"),
        "B's dead letter is untouched");
    assertTrue(
        bAdmin.get(fx.b.path() + "/integration/tasks?status=OPEN&limit=100").body().contains(bTask),
        "B's task is still open");
    assertEquals(
        "OPEN",
        bAdmin
            .get(fx.b.path() + "/contracts/" + bContract + "/rectifications/" + bRectification)
            .json()
            .getString("status"),
        "B's rectification is untouched");
  }

  /**
   * An open staff task of B's about its volunteer, written straight into the database (a death
   * notice naming a volunteer with time opens one; InboundNoticesIT covers that path).
   */
  static String staffTaskOf(Fixture.TestOrg owner, String volunteerId) {
    String id = java.util.UUID.randomUUID().toString();
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(
                org.linli.e2e.support.TestEnv.jdbcUrl(), "postgres", "");
        var st =
            c.prepareStatement(
                "INSERT INTO integration_staff_task (tenant_id, id, kind, subject_id, detail,"
                    + " status, created_at) VALUES (?, ?, 'DECEASED_VOLUNTEER_BALANCE', ?,"
                    + " '{\"name\":\"隔离\",\"idMasked\":\"3201**********0011\","
                    + "\"dateOfDeath\":\"2026-08-01\",\"balanceMinutes\":60}', 'OPEN', now())")) {
      st.setString(1, owner.code());
      st.setString(2, id);
      st.setString(3, volunteerId);
      assertEquals(1, st.executeUpdate());
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  /** B receives a two-row roster from the gateway, one row bad; returns the file id. */
  static String inboundFileOf(Fixture.TestOrg owner) {
    String body =
        "{\"type\":\"ROSTER\",\"period\":\"2026-08\",\"rows\":["
            + "{\"idNumber\":\""
            + org.linli.e2e.support.Ids.residentIdBornIn(1940)
            + "\",\"name\":\"隔离甲\",\"category\":\"高龄\",\"level\":\"\","
            + "\"effectiveFrom\":\"2026-08-01\",\"address\":\"中山路 1 号\"},"
            + "{\"idNumber\":\"x\",\"name\":\"隔离乙\",\"category\":\"高龄\",\"level\":\"\","
            + "\"effectiveFrom\":\"2026-08-01\",\"address\":\"中山路 2 号\"}]}";
    Http.Resp r = org.linli.e2e.support.Gateway.push(owner.code(), body);
    assertEquals(201, r.status(), r::toString);
    return r.json().getString("fileId");
  }

  // ---- fund-reports: row level security of the closed periods list ----
  @Test
  void theClosedPeriodsListShowsOnlyTheOrganizationsOwnPeriods() {
    Http.Resp closed =
        fx.b.admin().http().post(fx.b.path() + "/accounting/periods/1998-02/close", null);
    assertTrue(
        closed.status() == 200 || "PERIOD_ALREADY_CLOSED".equals(closed.code()), closed::toString);
    Http.Resp bList = fx.b.admin().http().get(fx.b.path() + "/accounting/periods?limit=100");
    assertTrue(bList.body().contains("\"1998-02\""), bList::toString);
    Http.Resp aList = fx.a.admin().http().get(fx.a.path() + "/accounting/periods?limit=100");
    assertEquals(200, aList.status(), aList::toString);
    assertTrue(!aList.body().contains("\"1998-02\""), "B's close is not A's: " + aList);
  }

  // ---- end fund-reports ----

  // ---- 服务捐赠 (donated services): one organization's run values only its own records ----

  @Test
  void serviceDonationRunsValueOnlyTheirOwnOrganizationsRecords() {
    java.time.YearMonth month =
        java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(7);
    VolunteerWorld b = new VolunteerWorld(fx.b);
    String volunteer = b.activeVolunteer();
    java.time.OffsetDateTime start = month.atDay(9).atTime(2, 0).atOffset(java.time.ZoneOffset.UTC);
    jakarta.json.JsonObject facts =
        Json.createObjectBuilder(VolunteerWorld.facts(1, 1, 60))
            .add("serviceDate", start.toLocalDate().toString())
            .add("startedAt", start.toString())
            .add("endedAt", start.plusMinutes(90).toString())
            .build();
    Http.Resp entered = b.enterRecord(volunteer, facts);
    assertEquals(201, entered.status(), entered::toString);
    assertEquals(200, b.review("APPROVE", null, entered.json().getString("id")).status());
    String tail = "/accounting/service-donations";
    Http aAdmin = fx.a.admin().http();
    Http bAdmin = fx.b.admin().http();
    for (var org : List.of(fx.a, fx.b)) {
      Http admin = org == fx.a ? aAdmin : bAdmin;
      String etag = admin.get(org.path() + tail + "/settings").header("ETag");
      Http.Resp set =
          admin
              .header("If-Match", etag)
              .put(
                  org.path() + tail + "/settings",
                  "{\"ratePerHour\":\"20.00\",\"mode\":\"RECOGNISE\"}");
      assertEquals(200, set.status(), set::toString);
    }
    // A runs the month first: whatever A values, B's record stays B's to value.
    Http.Resp aRun =
        aAdmin
            .header("Idempotency-Key", "iso-svc-" + System.nanoTime())
            .post(fx.a.path() + tail + "/runs", "{\"month\":\"" + month + "\"}");
    assertTrue(aRun.status() == 200 || aRun.status() == 201, aRun::toString);
    Http.Resp bRun =
        bAdmin
            .header("Idempotency-Key", "iso-svc-" + System.nanoTime())
            .post(fx.b.path() + tail + "/runs", "{\"month\":\"" + month + "\"}");
    assertEquals(201, bRun.status(), bRun::toString);
    assertTrue(bRun.json().getInt("records") >= 1, bRun::toString);
    String bRunId = bRun.json().getString("id");
    String bRunVoucher = bRun.json().getString("voucherId");
    Http.Resp aRuns = aAdmin.get(fx.a.path() + tail + "/runs?month=" + month + "&limit=100");
    assertEquals(200, aRuns.status(), aRuns::toString);
    org.junit.jupiter.api.Assertions.assertFalse(
        aRuns.body().contains(bRunId), "B's run is not listed for A");
    assertEquals(
        404,
        aAdmin.get(fx.a.path() + "/accounting/vouchers/" + bRunVoucher).status(),
        "B's service-donation voucher does not exist for A");
  }

  @Test
  void everyTenantEndpointHasACrossTenantCase() {
    String openapi = Http.anonymous().get("/openapi").body();
    Set<String> documented = new TreeSet<>();
    String currentPath = null;
    Matcher line =
        Pattern.compile("(?m)^  (/[^:]*):$|^    (get|put|post|delete|patch):").matcher(openapi);
    while (line.find()) {
      if (line.group(1) != null) {
        currentPath = line.group(1).startsWith("/api/v1/orgs/{org}") ? line.group(1) : null;
      } else if (currentPath != null) {
        documented.add(line.group(2).toUpperCase() + " " + currentPath);
      }
    }
    assertTrue(documented.size() >= CASES.size(), "parsed the OpenAPI document: " + documented);
    Set<String> covered = new TreeSet<>();
    CASES.forEach(c -> covered.add(c.key()));
    documented.removeAll(covered);
    assertTrue(documented.isEmpty(), "tenant endpoints without a cross-tenant case: " + documented);
  }

  private static String body(Case c) {
    if ("PURCHASE_AMENDMENT".equals(c.body())) {
      return PURCHASE_AMENDMENT;
    }
    if ("PURCHASE_LOCATION".equals(c.body())) {
      return "{\"latitude\":32.06,\"longitude\":118.78}";
    }
    if ("PURCHASE_SETTLEMENT".equals(c.body())) {
      return "{\"contractId\":\"" + bContract + "\",\"month\":\"2026-01\"}";
    }
    if ("PURCHASE_ORDER".equals(c.body())) {
      return "{\"contractId\":\""
          + bContract
          + "\",\"residentId\":\""
          + gResident
          + "\",\"itemCode\":\"CLEANING\",\"serviceDate\":\"2026-01-05\"}";
    }
    if ("VOLUNTEER".equals(c.body())) {
      return VolunteerWorld.registration(org.linli.e2e.support.Ids.residentId()).build().toString();
    }
    if ("RECORD".equals(c.body())) {
      return Json.createObjectBuilder()
          .add("volunteerId", bIds.volunteerId())
          .add("facts", VolunteerWorld.facts(21, 1, 60))
          .add("reason", "越权")
          .build()
          .toString();
    }
    if ("CORRECTION".equals(c.body())) {
      return Json.createObjectBuilder()
          .add("facts", VolunteerWorld.facts(21, 3, 60))
          .add("reason", "越权")
          .build()
          .toString();
    }
    if ("REVIEW".equals(c.body())) {
      return "{\"recordIds\":[\"" + bIds.recordId() + "\"],\"decision\":\"APPROVE\"}";
    }
    if ("CORR_REQ".equals(c.body())) {
      return "{\"recordId\":\"" + bIds.recordId() + "\",\"message\":\"越权\"}";
    }
    if ("APPLY".equals(c.body())) {
      return VolunteerWorld.registration(org.linli.e2e.support.Ids.residentId()).build().toString();
    }
    if ("MANUAL".equals(c.body())) {
      return "{\"volunteerId\":\""
          + bIds.volunteerId()
          + "\",\"checkedInAt\":\"2026-01-01T10:00:00+08:00\",\"reason\":\"越权\"}";
    }
    if ("LEDGER_TX".equals(c.body())) {
      return ledgerTx("x-" + System.nanoTime(), bIds.accountId(), bIds.accountId());
    }
    if ("CLEARING_OUT".equals(c.body())) {
      return Json.createObjectBuilder()
          .add("volunteerId", bIds.volunteerId())
          .add("serviceOrg", fx.b.code())
          .add("serviceCategory", "越权")
          .add("description", "越权")
          .add("hours", "1")
          .build()
          .toString();
    }
    if ("DONATION".equals(c.body())) {
      return "{\"volunteerId\":\""
          + bIds.volunteerId()
          + "\",\"hours\":\"0.50\",\"from\":\"CREDIT\",\"reason\":\"越权\"}";
    }
    if ("BENEFICIARY".equals(c.body())) {
      return Json.createObjectBuilder()
          .add("volunteerId", bIds.volunteerId())
          .add("relation", "PARENT")
          .add("name", "越权")
          .add("idNumber", org.linli.e2e.support.Ids.residentIdBornIn(1940))
          .add("evidence", "越权")
          .build()
          .toString();
    }
    if ("FAMILY_TX".equals(c.body())) {
      return "{\"volunteerId\":\""
          + bIds.volunteerId()
          + "\",\"beneficiaryId\":\""
          + bIds.beneficiaryId()
          + "\",\"hours\":\"0.10\"}";
    }
    if ("SERVICE_REQ".equals(c.body())) {
      return serviceRequestBody(bIds.volunteerId());
    }
    if ("ASSIGN".equals(c.body()) || "CLEARING_ASSIGN".equals(c.body())) {
      return "{\"providerVolunteerId\":\"" + bIds.volunteerId() + "\"}";
    }
    if ("REDEEM".equals(c.body())) {
      return "{\"itemId\":\"" + bIds.itemId() + "\",\"quantity\":1}";
    }
    if ("GIFT".equals(c.body())) {
      return DonationWorld.cash(bDonor, "1.00", "2026-01-05").build().toString();
    }
    if ("RECEIPT".equals(c.body())) {
      return "{\"donationId\":\"" + bDonation + "\"}";
    }
    if ("DISBURSEMENT".equals(c.body())) {
      return DisbursementWorld.request(bMoney, DisbursementWorld.person("越权"), "1.00").toString();
    }
    if ("FAST_PAYMENT".equals(c.body())) {
      return Json.createObjectBuilder()
          .add("beneficiary", DisbursementWorld.person("越权"))
          .add("purpose", "越权")
          .add("cause", "越权")
          .add("amount", "1.00")
          .add("bankReference", "越权")
          .build()
          .toString();
    }
    if ("SIGNUP".equals(c.body())) {
      return "{\"volunteerId\":\"" + bIds.volunteerId() + "\"}";
    }
    if (!"INVITE".equals(c.body())) {
      return c.body();
    }
    return Fixture.inviteBody(
            Fixture.person("越权", "x-" + System.nanoTime() + "@a.test"), List.of("staff"))
        .toString();
  }
}
