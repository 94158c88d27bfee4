package org.linli.fund.compliance.domain;

/**
 * The yearly spending and management-cost rule that applies to one organization, from
 * 《关于慈善组织开展慈善活动年度支出和管理费用的规定》 (民政部 财政部 国家税务总局, 民发〔2016〕189号).
 *
 * @param article the article that sets it, e.g. "第八条(三)"
 * @param basis what the minimum spending is a share of
 * @param minSpendingPermille minimum charitable-activity spending, per mille of the basis
 * @param minIncomePermille a second minimum as a share of prior-year income (第九条(四)), or 0
 * @param maxManagementPermille maximum management costs, per mille of the year's total expenses
 * @param managementExemptionApplies whether 第十一条 (management costs under 20 万 free of the ratio)
 *     applies: it names 第七、八、九条 only, so public-fundraising foundations (第六条, i.e. 慈善法 Art. 60
 *     itself) are never exempt
 */
public record RatioRule(
    String article,
    Basis basis,
    int minSpendingPermille,
    int minIncomePermille,
    int maxManagementPermille,
    boolean managementExemptionApplies) {

  /** 第十一条: 年度管理费用低于20万元人民币的, 不受第七、八、九条规定的年度管理费用比例的限制 (in fen). */
  public static final long MANAGEMENT_EXEMPTION_BELOW = 20_000_000L;

  public enum Basis {
    /** 上年总收入 */
    PRIOR_YEAR_INCOME,
    /** 上年末净资产 */
    PRIOR_YEAR_NET_ASSETS
  }

  private static final long WAN = 1_000_000L; // 1 万元 in fen

  /**
   * The rule for a profile and the prior year-end net assets (fen; the three-year average when the
   * organization uses averages).
   */
  public static RatioRule of(OrgType type, boolean publicFundraising, long priorNetAssets) {
    if (publicFundraising) {
      // 第六条: 具有公开募捐资格的基金会, 慈善活动支出不得低于上年总收入的70%, 管理费用不得高于当年总支出的10%.
      // 第七条: 具有公开募捐资格的社会团体和社会服务机构, 70% / 13%.
      return type == OrgType.FOUNDATION
          ? new RatioRule("第六条", Basis.PRIOR_YEAR_INCOME, 700, 0, 100, false)
          : new RatioRule("第七条", Basis.PRIOR_YEAR_INCOME, 700, 0, 130, true);
    }
    if (type == OrgType.FOUNDATION) {
      // 第八条: 不具有公开募捐资格的基金会, by 上年末净资产:
      // (一) ≥6000万: 6% / 12%; (二) 800万–6000万: 6% / 13%; (三) 400万–800万: 7% / 15%;
      // (四) <400万: 8% / 20%. ("高于…(含本数)": the lower bound belongs to the band.)
      if (priorNetAssets >= 6000 * WAN) {
        return new RatioRule("第八条(一)", Basis.PRIOR_YEAR_NET_ASSETS, 60, 0, 120, true);
      }
      if (priorNetAssets >= 800 * WAN) {
        return new RatioRule("第八条(二)", Basis.PRIOR_YEAR_NET_ASSETS, 60, 0, 130, true);
      }
      if (priorNetAssets >= 400 * WAN) {
        return new RatioRule("第八条(三)", Basis.PRIOR_YEAR_NET_ASSETS, 70, 0, 150, true);
      }
      return new RatioRule("第八条(四)", Basis.PRIOR_YEAR_NET_ASSETS, 80, 0, 200, true);
    }
    // 第九条: 不具有公开募捐资格的社会团体和社会服务机构, by 上年末净资产:
    // (一) ≥1000万: 6% / 13%; (二) 500万–1000万: 7% / 14%; (三) 100万–500万: 8% / 15%;
    // (四) <100万: 8% of net assets and at least 50% of 上年总收入 / 20%.
    if (priorNetAssets >= 1000 * WAN) {
      return new RatioRule("第九条(一)", Basis.PRIOR_YEAR_NET_ASSETS, 60, 0, 130, true);
    }
    if (priorNetAssets >= 500 * WAN) {
      return new RatioRule("第九条(二)", Basis.PRIOR_YEAR_NET_ASSETS, 70, 0, 140, true);
    }
    if (priorNetAssets >= 100 * WAN) {
      return new RatioRule("第九条(三)", Basis.PRIOR_YEAR_NET_ASSETS, 80, 0, 150, true);
    }
    return new RatioRule("第九条(四)", Basis.PRIOR_YEAR_NET_ASSETS, 80, 500, 200, true);
  }

  /** The minimum charitable spending (fen) for the basis and prior-year income. */
  public long minimumSpending(long priorIncome, long priorNetAssets) {
    long base = basis == Basis.PRIOR_YEAR_INCOME ? priorIncome : priorNetAssets;
    long min = ceilPermille(Math.max(base, 0), minSpendingPermille);
    if (minIncomePermille > 0) {
      min = Math.max(min, ceilPermille(Math.max(priorIncome, 0), minIncomePermille));
    }
    return min;
  }

  /** The most management costs (fen) allowed for the year's total expenses. */
  public long maximumManagement(long totalExpenses) {
    return Math.max(totalExpenses, 0) * maxManagementPermille / 1000;
  }

  /** Management costs under 20 万 are free of the ratio where 第十一条 applies. */
  public boolean managementExempt(long management) {
    return managementExemptionApplies && management < MANAGEMENT_EXEMPTION_BELOW;
  }

  private static long ceilPermille(long amount, int permille) {
    return (amount * permille + 999) / 1000;
  }
}
