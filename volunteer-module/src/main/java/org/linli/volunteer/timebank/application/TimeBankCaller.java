package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;

/**
 * Who is acting in the time bank: staff act for anyone; a volunteer only for themselves, and
 * anything of someone else's simply does not exist for them (404, nothing revealed). Runs inside
 * the caller's tenant-bound transaction.
 */
@ApplicationScoped
public class TimeBankCaller {
  @Inject RequestContext requestContext;
  @Inject VolunteerRepository volunteers;

  public boolean isStaff() {
    return requestContext.hasOrgRole(OrgRole.STAFF.wireName())
        || requestContext.hasOrgRole(OrgRole.ORG_ADMIN.wireName());
  }

  /** The caller's own volunteer profile in this organization, if any. */
  public Optional<String> ownVolunteerId() {
    return volunteers.findByPerson(requestContext.personId()).map(Volunteer::id);
  }

  /** Staff, or the volunteer {@code volunteerId} themselves; else 404 VOLUNTEER_NOT_FOUND. */
  public void requireSelfOrStaff(String volunteerId) {
    if (!isStaff() && !ownVolunteerId().map(id -> id.equals(volunteerId)).orElse(false)) {
      throw DomainException.notFound("VOLUNTEER_NOT_FOUND");
    }
  }

  public String actor() {
    return requestContext.actor();
  }
}
