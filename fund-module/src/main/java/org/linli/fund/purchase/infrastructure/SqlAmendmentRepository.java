package org.linli.fund.purchase.infrastructure;

import static org.linli.fund.purchase.infrastructure.PurchaseSql.instant;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.rows;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.linli.fund.purchase.domain.Amendment;
import org.linli.fund.purchase.domain.AmendmentRepository;
import org.linli.fund.purchase.domain.AmendmentState;
import org.linli.fund.purchase.domain.Contract;
import org.linli.kernel.persistence.PeerCopies;

/** purchase_contract_amendment (V66) and its follow function. */
@ApplicationScoped
public class SqlAmendmentRepository implements AmendmentRepository {
  private static final String COLUMNS =
      "contract_id, version, state, proposed_by, proposed_at, decided_by, decided_at,"
          + " refusal_reason";

  @Inject PurchaseSql db;
  @Inject PeerCopies peers;

  @Override
  public Optional<Amendment> find(String contractId, int version) {
    return one(contractId, version, "");
  }

  @Override
  public Optional<Amendment> lock(String contractId, int version) {
    return one(contractId, version, " FOR UPDATE");
  }

  private Optional<Amendment> one(String contractId, int version, String suffix) {
    return rows(db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM purchase_contract_amendment WHERE tenant_id = ?1 AND contract_id = ?2"
                    + " AND version = ?3"
                    + suffix)
            .setParameter(2, contractId)
            .setParameter(3, version))
        .map(SqlAmendmentRepository::amendment)
        .findFirst();
  }

  @Override
  public Map<Integer, Amendment> ofContract(String contractId) {
    Map<Integer, Amendment> byVersion = new LinkedHashMap<>();
    rows(db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM purchase_contract_amendment WHERE tenant_id = ?1 AND contract_id = ?2"
                    + " ORDER BY version")
            .setParameter(2, contractId))
        .map(SqlAmendmentRepository::amendment)
        .forEach(a -> byVersion.put(a.version(), a));
    return byVersion;
  }

  @Override
  public void add(Contract c, Amendment a) {
    db.sql(
            "INSERT INTO purchase_contract_amendment (tenant_id, contract_id, version, buyer_org,"
                + " provider_org, state, proposed_by, proposed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                + " ?7, ?8)")
        .setParameter(2, a.contractId())
        .setParameter(3, a.version())
        .setParameter(4, c.buyerOrg())
        .setParameter(5, c.providerOrg())
        .setParameter(6, a.state().name())
        .setParameter(7, a.proposedBy())
        .setParameter(8, ts(a.proposedAt()))
        .executeUpdate();
  }

  @Override
  public void update(Amendment a) {
    db.sql(
            "UPDATE purchase_contract_amendment SET state = ?4, decided_by = ?5, decided_at = ?6,"
                + " refusal_reason = ?7 WHERE tenant_id = ?1 AND contract_id = ?2 AND version = ?3")
        .setParameter(2, a.contractId())
        .setParameter(3, a.version())
        .setParameter(4, a.state().name())
        .setParameter(5, a.decidedBy())
        .setParameter(6, ts(a.decidedAt()))
        .setParameter(7, a.refusalReason())
        .executeUpdate();
  }

  @Override
  public String follow(String contractId, int version) {
    return peers.call("purchase_amendment_follow", contractId, version);
  }

  private static Amendment amendment(Object[] r) {
    return new Amendment(
        (String) r[0],
        ((Number) r[1]).intValue(),
        AmendmentState.valueOf((String) r[2]),
        (String) r[3],
        instant(r[4]),
        (String) r[5],
        instant(r[6]),
        (String) r[7]);
  }
}
