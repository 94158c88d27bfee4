package org.linli.volunteer.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.tenant.domain.person.PersonRepository;
import org.linli.volunteer.points.domain.Redemption;

/**
 * The signed-in person's points in every organization, read through database functions that return
 * only that person's rows (no tenant is bound for /me requests).
 */
@ApplicationScoped
public class MyPoints {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject RequestContext requestContext;
  @Inject PersonRepository people;

  public record Balance(String org, String orgName, String volunteerId, long balance) {}

  public record MyRedemption(
      String org,
      String orgName,
      String id,
      String itemName,
      int quantity,
      long points,
      String pickupCode,
      @Schema(implementation = Redemption.Status.class) String status,
      Instant createdAt) {}

  public record Overview(List<Balance> balances, List<MyRedemption> redemptions) {}

  @Transactional
  public Overview overview() {
    String personId =
        people.findByLogin(requestContext.subject().orElseThrow()).map(p -> p.id()).orElse(null);
    if (personId == null) {
      return new Overview(List.of(), List.of());
    }
    List<Balance> balances =
        rows("SELECT * FROM points_accounts_of_person(?1)", personId).stream()
            .map(
                r ->
                    new Balance(
                        (String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
            .toList();
    List<MyRedemption> redemptions =
        rows("SELECT * FROM points_redemptions_of_person(?1)", personId).stream()
            .map(
                r ->
                    new MyRedemption(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).intValue(),
                        ((Number) r[5]).longValue(),
                        (String) r[6],
                        (String) r[7],
                        ((Timestamp) r[8]).toInstant()))
            .toList();
    return new Overview(balances, redemptions);
  }

  /**
   * One lot of points with some left: earned on a day, valid through {@code expiresOn} (null: never
   * expires). Spending takes the lots that expire first (FIFO by expiry).
   */
  public record Lot(
      String org,
      String orgName,
      String id,
      LocalDate earnedOn,
      LocalDate expiresOn,
      long points,
      long remaining) {}

  /** My lots with points left, soonest expiry first; a handful, paged in memory. */
  @Transactional
  public Page<Lot> lots(PageRequest page) {
    String personId =
        people.findByLogin(requestContext.subject().orElseThrow()).map(p -> p.id()).orElse(null);
    if (personId == null) {
      return page.slice(List.of(), Lot::id);
    }
    List<Lot> lots =
        rows("SELECT * FROM point_lots_of_person(?1)", personId).stream()
            .map(
                r ->
                    new Lot(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        date(r[3]),
                        date(r[4]),
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue()))
            .toList();
    return page.slice(lots, l -> l.org() + "/" + l.id());
  }

  private static LocalDate date(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, String personId) {
    return em.createNativeQuery(sql)
        .setParameter(1, personId)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getResultList();
  }
}
