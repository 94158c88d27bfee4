package org.linli.volunteer.points.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.linli.kernel.api.PageRequest;
import org.linli.volunteer.demo.DemoTenants;
import org.linli.volunteer.points.application.PointsShop;
import org.linli.volunteer.points.application.Redemptions;
import org.linli.volunteer.points.application.VolunteerPoints;
import org.linli.volunteer.points.domain.ShopItem;

/**
 * The points demo, through the use cases: a local supermarket donates tote bags to the points shop,
 * staff award 张伟 points for outstanding service, and he reserves a bag (pickup code shown to him
 * under /api/v1/me/points).
 */
@ApplicationScoped
public class PointsDemoSeeder {
  @Inject DemoTenants demo;
  @Inject PointsShop shop;
  @Inject VolunteerPoints points;
  @Inject Redemptions redemptions;

  /** Staff side; returns the item to redeem, or null when the shop already has items. */
  @ActivateRequestContext
  @Transactional
  public String shopAndAwardIfEmpty(String orgCode, String volunteerName) {
    demo.actAsStaff(orgCode);
    if (!shop.list(PageRequest.of(1, null)).items().isEmpty()) {
      return null;
    }
    ShopItem bag = shop.create(new ShopItem.Details("环保帆布袋", "印有社区标识的帆布购物袋", "鼓楼区惠民超市", 30, 2), 20);
    points.adjust(demo.volunteerNamed(volunteerName).id(), 50, "演示数据：优秀志愿者奖励");
    return bag.id();
  }

  /** The volunteer's own side: the redemption is made as that volunteer. */
  @ActivateRequestContext
  @Transactional
  public void redeemAs(String orgCode, String volunteerName, String itemId) {
    demo.actAsVolunteer(orgCode, volunteerName);
    redemptions.redeem(itemId, 1);
  }
}
