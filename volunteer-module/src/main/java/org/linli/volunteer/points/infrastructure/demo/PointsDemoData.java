package org.linli.volunteer.points.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.kernel.persistence.DemoData;

/** Points demo after the volunteers' (the redeeming volunteer must exist). */
@ApplicationScoped
public class PointsDemoData implements DemoData {
  @Inject PointsDemoSeeder seeder;

  @Override
  public int order() {
    return 40;
  }

  @Override
  public void load() {
    String item = seeder.shopAndAwardIfEmpty("sunshine-sw", "张伟");
    if (item != null) {
      seeder.redeemAs("sunshine-sw", "张伟", item);
    }
  }
}
