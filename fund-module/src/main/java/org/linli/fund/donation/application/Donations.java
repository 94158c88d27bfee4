package org.linli.fund.donation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.linli.fund.donation.application.DonationCommands.GiftFacts;
import org.linli.fund.donation.application.DonationCommands.PayPledge;
import org.linli.fund.donation.application.DonationCommands.RecordCash;
import org.linli.fund.donation.application.DonationCommands.RecordInKind;
import org.linli.fund.donation.application.DonationCommands.RecordPledge;
import org.linli.fund.donation.domain.Donation;
import org.linli.fund.donation.domain.DonationRepository;
import org.linli.fund.donation.domain.Donor;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;

/**
 * Recording gifts. Cash and goods post their voucher through the books in the same transaction as
 * the donation row, so a refused posting (closed period, unknown fund …) leaves nothing written. A
 * pledge posts nothing; each payment of it is a cash donation that posts.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Donations {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject DonationRepository repository;
  @Inject DonationVouchers vouchers;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public Donation recordCash(RecordCash c) {
    Donor donor = donor(c.gift().donorId());
    Donation d =
        Donation.cash(common(c.gift(), c.gift().amountFen()), c.channel(), c.reference(), null);
    return received(d, donor);
  }

  public Donation recordInKind(RecordInKind c) {
    Donor donor = donor(c.gift().donorId());
    if (c.quantity() == null || c.quantity().signum() <= 0 || c.quantity().scale() > 4) {
      throw DomainException.invalidField("quantity", "INVALID_GOODS_QUANTITY");
    }
    long value =
        c.quantity()
            .multiply(BigDecimal.valueOf(c.unitValueFen()))
            .setScale(0, RoundingMode.HALF_UP)
            .longValueExact();
    var goods =
        new Donation.Goods(
            c.itemName(), c.unit(), c.quantity(), c.unitValueFen(), c.basis(), c.evidence());
    return received(Donation.inKind(common(c.gift(), value), goods), donor);
  }

  public Donation recordPledge(RecordPledge c) {
    donor(c.gift().donorId());
    if (c.gift().fundId() != null) {
      vouchers.requireFund(c.gift().fundId());
    }
    Donation d = Donation.pledge(common(c.gift(), c.gift().amountFen()), c.dueOn());
    repository.add(d);
    audit("DONATION_PLEDGED", d);
    return d;
  }

  /** Money received against a pledge: a cash donation of its own, for the pledge's fund. */
  public Donation payPledge(PayPledge c) {
    Donation pledge =
        repository
            .lock(c.pledgeId())
            .orElseThrow(() -> DomainException.notFound("DONATION_NOT_FOUND"));
    pledge.receivePayment(c.amountFen());
    Donor donor = donor(pledge.donorId());
    GiftFacts gift =
        new GiftFacts(
            pledge.donorId(),
            c.amountFen(),
            c.date(),
            pledge.fundId(),
            pledge.purpose(),
            pledge.benefitInReturn(),
            null);
    Donation payment =
        Donation.cash(common(gift, c.amountFen()), c.channel(), c.reference(), pledge.id());
    return received(payment, donor);
  }

  /** Posts first (the voucher refuses a closed period or unknown fund), then stores the gift. */
  private Donation received(Donation d, Donor donor) {
    d.posted(vouchers.post(d, donor));
    repository.add(d);
    audit("DONATION_RECEIVED", d);
    return d;
  }

  public Donation get(String donationId) {
    return repository
        .find(donationId)
        .orElseThrow(() -> DomainException.notFound("DONATION_NOT_FOUND"));
  }

  public Donor donorOf(Donation d) {
    return repository.findDonor(d.donorId()).orElseThrow();
  }

  public Page<Donation> list(DonationRepository.Filter filter, PageRequest page) {
    var after = page.afterDateAndId();
    return page.page(
        repository.list(
            filter,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        d -> PageRequest.key(d.donatedOn(), d.id()));
  }

  private Donor donor(String donorId) {
    return repository
        .findDonor(donorId)
        .orElseThrow(() -> DomainException.notFound("DONOR_NOT_FOUND"));
  }

  private Donation.Common common(GiftFacts g, long amountFen) {
    return new Donation.Common(
        UUID.randomUUID().toString(),
        g.donorId(),
        amountFen,
        g.date(),
        g.fundId(),
        g.purpose(),
        g.benefitInReturn(),
        g.remark(),
        newToken(),
        requestContext.actor(),
        Instant.now());
  }

  /** 128 random bits: the fund-use link cannot be guessed or walked like a number. */
  private static String newToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private void audit(String action, Donation d) {
    auditLog.record(
        action,
        "donation",
        d.id(),
        null,
        "{\"kind\":\""
            + d.kind()
            + "\",\"amountFen\":"
            + d.amountFen()
            + ",\"fund\":"
            + (d.fundId() == null ? "null" : "\"" + d.fundId() + "\"")
            + "}");
  }
}
