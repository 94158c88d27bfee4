package org.linli.volunteer.timebank.domain;

import java.util.List;
import java.util.Optional;

/** Service requests of the transaction's organization. */
public interface ServiceRequestRepository {
  Optional<ServiceRequest> find(String id);

  /**
   * The request with its row locked until the transaction ends, so two state changes (e.g. a
   * confirm and a cancel) run one after the other and the second sees the first's outcome.
   */
  Optional<ServiceRequest> lock(String id);

  void add(ServiceRequest request);

  /**
   * Requests after {@code afterId} by id, optionally by status; {@code involving} non-null limits
   * them to those the volunteer asked for or was assigned to.
   */
  List<ServiceRequest> list(
      ServiceRequestStatus status, String involving, String afterId, int limit);
}
