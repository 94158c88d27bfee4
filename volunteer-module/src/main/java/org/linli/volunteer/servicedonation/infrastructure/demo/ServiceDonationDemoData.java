package org.linli.volunteer.servicedonation.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.kernel.persistence.DemoData;

/** 服务捐赠 demo after the volunteers' hours (20) and the books (50). */
@ApplicationScoped
public class ServiceDonationDemoData implements DemoData {
  @Inject ServiceDonationDemoSeeder seeder;

  @Override
  public int order() {
    return 70;
  }

  @Override
  public void load() {
    seeder.discloseIfUnset("sunshine-sw");
  }
}
