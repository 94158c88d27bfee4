package org.linli.kernel.persistence;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional filters and the keyset position of a JPQL list query, written once: an absent (null)
 * filter adds no condition, and the keyset condition matches the query's ORDER BY (value, id),
 * ascending or descending by value, so a page continues exactly behind the cursor.
 */
public final class Conditions {
  private final List<String> where = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  public Conditions equal(String path, Object value) {
    return add(path + " = :", value);
  }

  public Conditions atLeast(String path, Object value) {
    return add(path + " >= :", value);
  }

  public Conditions atMost(String path, Object value) {
    return add(path + " <= :", value);
  }

  public Conditions before(String path, Object value) {
    return add(path + " < :", value);
  }

  /** Rows strictly behind (value, id) in {@code ORDER BY valuePath [DESC], idPath}. */
  public Conditions after(
      String valuePath, String idPath, Object value, String id, boolean descending) {
    if (id == null) {
      return this;
    }
    String v = parameter(value);
    String i = parameter(id);
    where.add(
        "("
            + valuePath
            + (descending ? " < :" : " > :")
            + v
            + " OR ("
            + valuePath
            + " = :"
            + v
            + " AND "
            + idPath
            + " > :"
            + i
            + "))");
    return this;
  }

  /** Rows behind {@code id} in {@code ORDER BY idPath}. */
  public Conditions afterId(String idPath, String id) {
    return add(idPath + " > :", id);
  }

  /** {@code " WHERE ..."} or nothing. */
  public String where() {
    return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
  }

  /** {@code " AND ..."} or nothing, for a query with a WHERE of its own. */
  public String and() {
    return where.isEmpty() ? "" : " AND " + String.join(" AND ", where);
  }

  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  private Conditions add(String condition, Object value) {
    if (value != null) {
      where.add(condition + parameter(value));
    }
    return this;
  }

  private String parameter(Object value) {
    String name = "p" + parameters.size();
    parameters.put(name, value);
    return name;
  }
}
