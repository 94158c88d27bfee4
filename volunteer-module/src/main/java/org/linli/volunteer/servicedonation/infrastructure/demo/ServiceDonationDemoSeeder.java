package org.linli.volunteer.servicedonation.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.demo.DemoTenants;
import org.linli.volunteer.servicedonation.application.ServiceDonations;
import org.linli.volunteer.servicedonation.domain.ServiceDonationMode;
import org.linli.volunteer.servicedonation.domain.ServiceDonationSettings;

/**
 * The 服务捐赠 demo, through the use cases: the organization discloses donated services (nothing
 * posted, so the demo books and their closed month stay as they are) at 30.00 yuan per hour, 40.00
 * for 助老 (the demo activity's category), and last week's approved hours are recorded for the notes.
 */
@ApplicationScoped
public class ServiceDonationDemoSeeder {
  @Inject DemoTenants demo;
  @Inject ServiceDonations serviceDonations;

  /** Once per organization: only while the setting was never set. */
  @ActivateRequestContext
  @Transactional
  public void discloseIfUnset(String orgCode) {
    demo.actAsStaff(orgCode);
    if (serviceDonations.settings().version() != 0) {
      return;
    }
    serviceDonations.replaceSettings(
        new ServiceDonations.ReplaceSettings(
            0,
            30_00,
            List.of(new ServiceDonationSettings.CategoryRate("助老", 40_00)),
            ServiceDonationMode.DISCLOSE));
    serviceDonations.record(
        new ServiceDonations.RecordMonth(YearMonth.from(ChinaTime.today().minusDays(7))));
  }
}
