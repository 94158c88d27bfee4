package org.linli.volunteer.timebank.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.volunteer.domain.volunteer.Volunteer;
import org.linli.volunteer.domain.volunteer.VolunteerRepository;
import org.linli.volunteer.domain.volunteer.VolunteerStatus;
import org.linli.volunteer.timebank.application.Beneficiaries;
import org.linli.volunteer.timebank.application.FamilyTransfers;
import org.linli.volunteer.timebank.application.ServiceRequests;
import org.linli.volunteer.timebank.application.WithdrawalCommands;
import org.linli.volunteer.timebank.domain.ServiceRequest;
import org.linli.volunteer.timebank.domain.TimeHolder;

/**
 * The time bank demo of one organization, through the use cases: 张伟 registers his father and
 * transfers him an hour; the father's service request is delivered by 刘芳 and confirmed, so her
 * balance grows by the hour his shrank.
 */
@ApplicationScoped
public class TimeBankDemoSeeder {
  /** 张建国, born 1952-03-18: a valid 居民身份证 number of demo data only. */
  static final String FATHER_ID_NUMBER = "320106195203180242";

  @Inject RequestContext requestContext;
  @Inject TenantSession tenantSession;
  @Inject VolunteerRepository volunteers;
  @Inject Beneficiaries beneficiaries;
  @Inject FamilyTransfers transfers;
  @Inject ServiceRequests requests;

  @ActivateRequestContext
  @Transactional
  public void familyAndWithdrawalIfNone(String orgCode, String giverName, String providerName) {
    TenantId tenant = TenantId.of(orgCode);
    requestContext.admitted(
        tenant, null, Set.of(OrgRole.ORG_ADMIN.wireName(), OrgRole.STAFF.wireName()));
    tenantSession.bind(tenant);
    if (!beneficiaries.list(null, PageRequest.of(1, null)).items().isEmpty()) {
      return;
    }
    Volunteer giver = byName(giverName);
    Volunteer provider = byName(providerName);
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

  private Volunteer byName(String name) {
    return volunteers.list(VolunteerStatus.ACTIVE, null, 100).stream()
        .filter(v -> v.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("demo volunteer missing: " + name));
  }
}
