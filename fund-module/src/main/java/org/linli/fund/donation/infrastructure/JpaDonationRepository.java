package org.linli.fund.donation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linli.fund.donation.domain.Donation;
import org.linli.fund.donation.domain.DonationRepository;
import org.linli.fund.donation.domain.Donor;

/** Donors and donations through JPA (the tenant filter and row level security both apply). */
@ApplicationScoped
public class JpaDonationRepository implements DonationRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public void addDonor(Donor donor) {
    em.persist(donor);
    em.flush();
  }

  @Override
  public Optional<Donor> findDonor(String id) {
    return em.createQuery("SELECT d FROM Donor d WHERE d.id = :id", Donor.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean creditCodeTaken(String creditCode) {
    return !em.createQuery("SELECT d.id FROM Donor d WHERE d.creditCode = :c", String.class)
        .setParameter("c", creditCode)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Donor> donors(Donor.Kind kind, String afterId, int limit) {
    var query =
        em.createQuery(
                "SELECT d FROM Donor d WHERE d.id > :after"
                    + (kind == null ? "" : " AND d.kind = :kind")
                    + " ORDER BY d.id",
                Donor.class)
            .setParameter("after", afterId == null ? "" : afterId);
    if (kind != null) {
      query.setParameter("kind", kind);
    }
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public void add(Donation donation) {
    em.persist(donation);
    em.flush();
  }

  @Override
  public Optional<Donation> find(String id) {
    return em.createQuery("SELECT d FROM Donation d WHERE d.id = :id", Donation.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Donation> lock(String id) {
    return em.createQuery("SELECT d FROM Donation d WHERE d.id = :id", Donation.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Donation> findByPublicToken(String token) {
    return em.createQuery("SELECT d FROM Donation d WHERE d.publicToken = :t", Donation.class)
        .setParameter("t", token)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Donation> list(Filter f, LocalDate afterDate, String afterId, int limit) {
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    condition(where, params, "d.kind = :kind", "kind", f.kind());
    condition(where, params, "d.status = :status", "status", f.status());
    condition(where, params, "d.donorId = :donor", "donor", f.donorId());
    condition(where, params, "d.fundId = :fund", "fund", f.fundId());
    condition(where, params, "d.donatedOn >= :from", "from", f.from());
    condition(where, params, "d.donatedOn <= :to", "to", f.to());
    if (afterDate != null) {
      where.append(
          " AND (d.donatedOn < :afterDate OR (d.donatedOn = :afterDate AND d.id < :afterId))");
      params.put("afterDate", afterDate);
      params.put("afterId", afterId);
    }
    TypedQuery<Donation> query =
        em.createQuery(
            "SELECT d FROM Donation d" + where + " ORDER BY d.donatedOn DESC, d.id DESC",
            Donation.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }

  private static void condition(
      StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
    if (value != null) {
      where.append(" AND ").append(clause);
      params.put(name, value);
    }
  }
}
