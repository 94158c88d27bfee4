package org.linli.volunteer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.security.OrgRole;
import org.linli.tenant.infrastructure.demo.DemoOrganizations;
import org.linli.tenant.infrastructure.demo.DemoOrganizations.DemoOrg;
import org.linli.tenant.infrastructure.demo.DemoOrganizations.DemoPerson;
import org.linli.volunteer.activity.application.ActivityAdministration;
import org.linli.volunteer.activity.application.ActivityCommands;
import org.linli.volunteer.activity.application.ShiftSignups;
import org.linli.volunteer.activity.domain.Activity;
import org.linli.volunteer.activity.domain.Shift;
import org.linli.volunteer.attendance.application.AttendanceDesk;
import org.linli.volunteer.certificate.application.CertificateCommands;
import org.linli.volunteer.certificate.application.Certificates;
import org.linli.volunteer.record.application.ServiceRecords;
import org.linli.volunteer.registration.application.VolunteerCommands;
import org.linli.volunteer.registration.application.VolunteerRegistry;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.registration.domain.VolunteerStatus;

/**
 * One organization's demo: its volunteers registered and active, a published activity with a past
 * shift (attended, hours approved) and an upcoming one (signed up), through the use cases.
 */
@ApplicationScoped
public class VolunteerDemoSeeder {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject DemoTenants demo;
  @Inject VolunteerRepository volunteers;
  @Inject VolunteerRegistry registry;
  @Inject ActivityAdministration activities;
  @Inject ShiftSignups signups;
  @Inject AttendanceDesk attendance;
  @Inject ServiceRecords records;
  @Inject Certificates certificates;

  @ActivateRequestContext
  @Transactional
  public void seedIfEmpty(DemoOrg org) {
    demo.actAsStaff(org.code());
    if (!volunteers.list(null, null, 1).isEmpty()) {
      return;
    }
    List<Volunteer> active = new ArrayList<>();
    for (DemoPerson p : org.people()) {
      if (p.roles().contains(OrgRole.VOLUNTEER)) {
        Volunteer v = registry.register(registration(p));
        active.add(
            registry.changeStatus(
                new VolunteerCommands.ChangeVolunteerStatus(
                    v.id(), VolunteerStatus.ACTIVE, "演示数据")));
      }
    }
    Activity activity = activities.create(new ActivityCommands.CreateActivity(details(org)));
    activities.publish(activity.id());
    // Organizations meet at different hours: a person volunteering for both never overlaps.
    LocalTime at = LocalTime.of(9 + 5 * DemoOrganizations.ALL.indexOf(org), 0);
    ZonedDateTime lastWeek = LocalDate.now(CHINA).minusDays(7).atTime(at).atZone(CHINA);
    ZonedDateTime nextWeek = LocalDate.now(CHINA).plusDays(7).atTime(at).atZone(CHINA);
    Shift past = addShift(activity, lastWeek);
    Shift upcoming = addShift(activity, nextWeek);
    List<String> recordIds = new ArrayList<>();
    for (Volunteer v : active) {
      var att =
          attendance.manual(
              past.id(),
              v.id(),
              lastWeek.minusMinutes(10).toInstant(),
              lastWeek.plusHours(3).toInstant(),
              "演示数据：纸质签到表");
      recordIds.add(att.recordId());
      signups.signUp(new ActivityCommands.SignUp(upcoming.id(), v.id()));
    }
    records.review(recordIds, new ServiceRecords.Decision(true, "演示数据"));
  }

  /**
   * A certificate for the organization's first volunteer, in a transaction of its own: without a
   * signing key it is skipped and the rest of the demo stays.
   */
  @ActivateRequestContext
  @Transactional
  public void certificateIfNone(DemoOrg org) {
    demo.actAsStaff(org.code());
    Volunteer first = volunteers.list(VolunteerStatus.ACTIVE, null, 1).get(0);
    if (certificates.ofVolunteer(first.id(), PageRequest.of(1, null)).items().isEmpty()) {
      LocalDate today = LocalDate.now(CHINA);
      certificates.issue(
          new CertificateCommands.IssueCertificate(first.id(), today.minusDays(30), today, "演示数据"));
    }
  }

  private Shift addShift(Activity activity, ZonedDateTime start) {
    return activities.addShift(
        new ActivityCommands.AddShift(
            activity.id(), start.toInstant(), start.plusHours(3).toInstant(), 10, Set.of(), 16));
  }

  private static VolunteerCommands.RegisterVolunteer registration(DemoPerson p) {
    return new VolunteerCommands.RegisterVolunteer(
        p.name(),
        "RESIDENT_ID",
        p.idNumber(),
        p.phone(),
        p.email(),
        "320106",
        Set.of("陪伴", "急救"),
        Set.of("助老"),
        new VolunteerCommands.Contact("家属", "13900000000", "配偶"),
        null,
        false,
        "2026-01",
        null,
        null);
  }

  private static Activity.Details details(DemoOrg org) {
    return new Activity.Details(
        "湖南路社区助老服务",
        "助老",
        "陪伴独居老人、协助购物与就医。",
        org.name(),
        org.people().get(1).name(),
        "南京市鼓楼区湖南路街道社区服务中心",
        32.0603,
        118.7969,
        300,
        "活动在室内与社区内进行，注意交通安全与防滑。",
        true,
        false);
  }
}
