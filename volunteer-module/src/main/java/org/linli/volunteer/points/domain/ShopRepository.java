package org.linli.volunteer.points.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shop items and redemptions of the transaction's tenant. */
public interface ShopRepository {
  void addItem(ShopItem item);

  Optional<ShopItem> findItem(String id);

  /** The item as the database holds it now (stock moves by native updates). */
  ShopItem reload(ShopItem item);

  List<ShopItem> items(boolean activeOnly, String afterId, int limit);

  /** Takes {@code quantity} from stock unless that would go below zero; false when refused. */
  boolean takeStock(String itemId, int quantity);

  void addStock(String itemId, int quantity);

  void addRedemption(Redemption redemption);

  Optional<Redemption> findRedemption(String id);

  List<Redemption> redemptions(
      Redemption.Status status, String volunteerId, String afterId, int limit);

  /** Units of the item this volunteer holds in redemptions that are not cancelled. */
  long quantityHeld(String itemId, String volunteerId);

  boolean pickupCodeTaken(String code);

  void addAllocations(String redemptionId, Map<String, Long> pointsByLot);

  Map<String, Long> allocationsOf(String redemptionId);
}
