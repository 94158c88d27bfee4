package org.linli.volunteer.timebank.clearing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.tenant.domain.org.OrgStatus;
import org.linli.tenant.domain.org.OrganizationRepository;
import org.linli.volunteer.timebank.clearing.domain.AgreementStatus;
import org.linli.volunteer.timebank.clearing.domain.ClearingAgreement;
import org.linli.volunteer.timebank.clearing.domain.ClearingRepository;

/**
 * Where this organization's members can be served with their hours (通存通兑): the counterparties of
 * its active agreements that are themselves active. Only codes and names: limits and balances stay
 * with staff.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ClearingPartners {
  private static final int BATCH = 100;

  @Inject ClearingRepository repository;
  @Inject OrganizationRepository organizations;

  public record Partner(String org, String name) {}

  /** Sorted by organization code; an organization has a handful of agreements. */
  public Page<Partner> list(PageRequest page) {
    List<Partner> partners = new ArrayList<>();
    String after = null;
    for (List<ClearingAgreement> batch = repository.agreements(null, BATCH);
        !batch.isEmpty();
        batch = repository.agreements(after, BATCH)) {
      for (ClearingAgreement a : batch) {
        if (a.status() == AgreementStatus.ACTIVE) {
          organizations
              .find(a.counterparty())
              .filter(o -> o.status() == OrgStatus.ACTIVE)
              .ifPresent(o -> partners.add(new Partner(a.counterparty(), o.name())));
        }
      }
      after = batch.get(batch.size() - 1).id();
    }
    partners.sort((x, y) -> x.org().compareTo(y.org()));
    return page.slice(partners, Partner::org);
  }
}
