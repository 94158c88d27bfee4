package org.linli.tenant.infrastructure.demo;

import java.util.List;
import org.linli.kernel.security.OrgRole;
import org.linli.tenant.domain.org.OrgType;
import org.linli.tenant.domain.org.UnifiedSocialCreditCode;
import org.linli.tenant.domain.person.ResidentIdNumber;

/** The demo tenants: two social organizations and one government buyer, with their people. */
public final class DemoOrganizations {
  private DemoOrganizations() {}

  public record DemoPerson(
      String name, String id17, String phone, String email, List<OrgRole> roles) {
    public String idNumber() {
      return ResidentIdNumber.withCheckDigit(id17);
    }
  }

  public record DemoOrg(
      String code,
      String name,
      OrgType type,
      String credit17,
      String region,
      List<DemoPerson> people) {
    public String creditCode() {
      return credit17 + UnifiedSocialCreditCode.checkCharFor(credit17);
    }

    public DemoPerson admin() {
      return people.get(0);
    }
  }

  public static final List<DemoOrg> ALL =
      List.of(
          new DemoOrg(
              "sunshine-sw",
              "南京市鼓楼区阳光社会工作服务中心",
              OrgType.SOCIAL_SERVICE_AGENCY,
              "52320106MJ5000011",
              "320106",
              List.of(
                  person(
                      "王丽",
                      "32010619850312002",
                      "13851000001",
                      "admin@sunshine.demo",
                      OrgRole.ORG_ADMIN),
                  person(
                      "李强",
                      "32010619900511003",
                      "13851000002",
                      "staff@sunshine.demo",
                      OrgRole.STAFF),
                  person(
                      "陈静",
                      "32010619920802004",
                      "13851000003",
                      "finance@sunshine.demo",
                      OrgRole.FINANCE),
                  person(
                      "张伟",
                      "32010619950101005",
                      "13851000004",
                      "zhang.wei@volunteer.demo",
                      OrgRole.VOLUNTEER),
                  person(
                      "刘芳",
                      "32010619580620006",
                      "13851000005",
                      "liu.fang@volunteer.demo",
                      OrgRole.VOLUNTEER))),
          new DemoOrg(
              "heart-assoc",
              "南京市鼓楼区爱心志愿者协会",
              OrgType.SOCIAL_GROUP,
              "51320106MJ5000022",
              "320106",
              List.of(
                  person(
                      "赵敏",
                      "32010619800909007",
                      "13852000001",
                      "admin@heart.demo",
                      OrgRole.ORG_ADMIN),
                  person(
                      "孙杰", "32010619881212008", "13852000002", "staff@heart.demo", OrgRole.STAFF),
                  // The same volunteer as at sunshine-sw: one platform person, two profiles.
                  person(
                      "张伟",
                      "32010619950101005",
                      "13851000004",
                      "zhang.wei@volunteer.demo",
                      OrgRole.VOLUNTEER),
                  person(
                      "周涛",
                      "32010620000303009",
                      "13852000004",
                      "zhou.tao@volunteer.demo",
                      OrgRole.VOLUNTEER))),
          new DemoOrg(
              "gulou-mz",
              "南京市鼓楼区民政局",
              OrgType.GOVERNMENT_BUYER,
              "11320106MB0000033",
              "320106",
              List.of(
                  person(
                      "吴刚",
                      "32010619750707010",
                      "13853000001",
                      "admin@gulou-mz.demo",
                      OrgRole.ORG_ADMIN),
                  person(
                      "郑洁",
                      "32010619830404011",
                      "13853000002",
                      "auditor@gulou-mz.demo",
                      OrgRole.AUDITOR))));

  private static DemoPerson person(
      String name, String id17, String phone, String email, OrgRole role) {
    return new DemoPerson(name, id17, phone, email, List.of(role));
  }
}
