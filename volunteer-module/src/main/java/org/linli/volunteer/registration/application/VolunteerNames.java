package org.linli.volunteer.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;

/**
 * The names of volunteers, for the staff lists that name them (review queue, sign-ups, ...): one
 * query per page instead of one call per volunteer from the console. Only the name, which the staff
 * volunteer view shows anyway; no other personal data.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class VolunteerNames {
  @Inject VolunteerRepository volunteers;

  /** How a list names a volunteer: the name and the 志愿者编号. */
  public record Label(String name, String volunteerNo) {
    public static final Label UNKNOWN = new Label(null, null);
  }

  /** Volunteer id to label for the volunteers these items refer to (unknown ids are absent). */
  public <T> Map<String, Label> of(Collection<T> items, Function<T, String> volunteerId) {
    var ids = items.stream().map(volunteerId).distinct().toList();
    return volunteers.findAll(ids).stream()
        .collect(Collectors.toMap(Volunteer::id, v -> new Label(v.name(), v.volunteerNo())));
  }
}
