package org.linli.kernel.persistence;

/** A module's demo data, loaded at start-up when {@code linli.demo.enabled=true}; idempotent. */
public interface DemoData {
  int order();

  void load();
}
