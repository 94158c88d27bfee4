package org.linli.volunteer.timebank.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.kernel.persistence.DemoData;

/** Time bank demo after the volunteers' (whose approved hours are the balances it moves). */
@ApplicationScoped
public class TimeBankDemoData implements DemoData {
  @Inject TimeBankDemoSeeder seeder;

  @Override
  public int order() {
    return 30;
  }

  @Override
  public void load() {
    seeder.familyAndWithdrawalIfNone("sunshine-sw", "张伟", "刘芳");
    String agreement = seeder.proposeAgreementIfNone("sunshine-sw", "heart-assoc");
    if (agreement != null) {
      seeder.acceptAgreement("heart-assoc", agreement);
      String request = seeder.redeemElsewhere("sunshine-sw", "刘芳", "heart-assoc");
      seeder.deliver("heart-assoc", request, "周涛");
    }
  }
}
