package org.linli.volunteer.timebank.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.linli.kernel.api.PageRequest;
import org.linli.volunteer.demo.DemoTenants;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.timebank.application.Beneficiaries;
import org.linli.volunteer.timebank.application.FamilyTransfers;
import org.linli.volunteer.timebank.application.ServiceRequests;
import org.linli.volunteer.timebank.application.WithdrawalCommands;
import org.linli.volunteer.timebank.clearing.application.ClearingAgreements;
import org.linli.volunteer.timebank.clearing.application.ClearingCommands;
import org.linli.volunteer.timebank.clearing.application.InboundServices;
import org.linli.volunteer.timebank.clearing.application.OutboundRedemptions;
import org.linli.volunteer.timebank.domain.ServiceRequest;
import org.linli.volunteer.timebank.domain.TimeHolder;

/**
 * The time bank demo of one organization, through the use cases: 张伟 registers his father and
 * transfers him an hour; the father's service request is delivered by 刘芳 and confirmed, so her
 * balance grows by the hour his shrank. Then 通存通兑: 刘芳 (68) redeems one of her hours at the other
 * organization, where 周涛 serves her, and both organizations' clearing accounts mirror it.
 */
@ApplicationScoped
public class TimeBankDemoSeeder {
  /** 张建国, born 1952-03-18: a valid 居民身份证 number of demo data only. */
  static final String FATHER_ID_NUMBER = "320106195203180242";

  @Inject DemoTenants demo;
  @Inject Beneficiaries beneficiaries;
  @Inject FamilyTransfers transfers;
  @Inject ServiceRequests requests;
  @Inject ClearingAgreements agreements;
  @Inject OutboundRedemptions outbound;
  @Inject InboundServices inbound;

  @ActivateRequestContext
  @Transactional
  public void familyAndWithdrawalIfNone(String orgCode, String giverName, String providerName) {
    demo.actAsStaff(orgCode);
    if (!beneficiaries.list(null, PageRequest.of(1, null)).items().isEmpty()) {
      return;
    }
    Volunteer giver = demo.volunteerNamed(giverName);
    Volunteer provider = demo.volunteerNamed(providerName);
    String father =
        beneficiaries
            .register(
                new WithdrawalCommands.RegisterBeneficiary(
                    giver.id(),
                    "PARENT",
                    "张建国",
                    "RESIDENT_ID",
                    FATHER_ID_NUMBER,
                    null,
                    null,
                    "演示数据：户口簿核验"))
            .beneficiary()
            .id();
    transfers.transfer(new WithdrawalCommands.TransferToFamily(giver.id(), father, 60));
    ServiceRequest request =
        requests.request(
            new WithdrawalCommands.RequestService(
                TimeHolder.beneficiary(father),
                new ServiceRequest.Details("助老", "演示数据：陪同就医", 60, null)));
    requests.assign(new WithdrawalCommands.AssignProvider(request.id(), provider.id()));
    requests.confirm(new WithdrawalCommands.ConfirmDelivery(request.id(), 60));
  }

  /** 通存通兑 step 1, at the organization holding the hours: propose an agreement unless one exists. */
  @ActivateRequestContext
  @Transactional
  public String proposeAgreementIfNone(String orgCode, String counterparty) {
    demo.actAsStaff(orgCode);
    if (!agreements.list(PageRequest.of(1, null)).items().isEmpty()) {
      return null;
    }
    return agreements
        .propose(new ClearingCommands.ProposeAgreement(counterparty, "100"))
        .agreement()
        .id();
  }

  /** Step 2, at the serving organization: accept it. */
  @ActivateRequestContext
  @Transactional
  public void acceptAgreement(String orgCode, String agreementId) {
    demo.actAsStaff(orgCode);
    agreements.accept(agreementId);
  }

  /** Step 3, at the holder's organization: the holder's hours are held for a service elsewhere. */
  @ActivateRequestContext
  @Transactional
  public String redeemElsewhere(String orgCode, String holderName, String serviceOrg) {
    demo.actAsStaff(orgCode);
    return outbound
        .request(
            new ClearingCommands.RequestService(
                demo.volunteerNamed(holderName).id(), serviceOrg, "助老", "演示数据：上门助浴", "1"))
        .id();
  }

  /** Step 4, at the serving organization: a volunteer delivers, staff confirm, clearing settles. */
  @ActivateRequestContext
  @Transactional
  public void deliver(String orgCode, String requestId, String providerName) {
    demo.actAsStaff(orgCode);
    inbound.assign(requestId, demo.volunteerNamed(providerName).id());
    inbound.confirm(requestId);
  }
}
