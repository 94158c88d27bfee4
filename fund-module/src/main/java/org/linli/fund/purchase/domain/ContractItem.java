package org.linli.fund.purchase.domain;

import java.util.List;
import java.util.Set;
import org.linli.kernel.error.DomainException;

/**
 * One service of a contract version: 助餐 per meal, 助洁 per hour... with its unit price in fen, the
 * contracted quantity, the minimum minutes a visit must last and the groups it serves.
 */
public record ContractItem(
    String code,
    String name,
    ServiceUnit unit,
    long unitPrice,
    int quantity,
    int minMinutes,
    Set<EligibilityCategory> eligibleGroups) {
  public ContractItem {
    if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,31}")) {
      throw DomainException.invalidField("items.code", "INVALID_ITEM_CODE");
    }
    if (unitPrice <= 0) {
      throw DomainException.invalidField("items.unitPrice", "INVALID_UNIT_PRICE");
    }
    if (quantity <= 0) {
      throw DomainException.invalidField("items.quantity", "INVALID_QUANTITY");
    }
    if (minMinutes < 0 || minMinutes > 1440) {
      throw DomainException.invalidField("items.minMinutes", "INVALID_MIN_MINUTES");
    }
    if (eligibleGroups == null || eligibleGroups.isEmpty()) {
      throw DomainException.invalidField("items.eligibleGroups", "ELIGIBLE_GROUPS_REQUIRED");
    }
    eligibleGroups = Set.copyOf(eligibleGroups);
  }

  /** The catalogue of a version: 1 to 30 items, codes unique. */
  public static List<ContractItem> catalogue(List<ContractItem> items) {
    if (items == null || items.isEmpty() || items.size() > 30) {
      throw DomainException.invalidField("items", "INVALID_ITEM_COUNT");
    }
    if (items.stream().map(ContractItem::code).distinct().count() != items.size()) {
      throw DomainException.invalidField("items", "DUPLICATE_ITEM_CODE");
    }
    return List.copyOf(items);
  }

  public boolean serves(EligibilityCategory category) {
    return eligibleGroups.contains(category);
  }

  /** Stored as a sorted comma list. */
  public String groupsText() {
    return String.join(",", eligibleGroups.stream().map(Enum::name).sorted().toList());
  }
}
