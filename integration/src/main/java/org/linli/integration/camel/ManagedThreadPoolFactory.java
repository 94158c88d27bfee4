package org.linli.integration.camel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultThreadPoolFactory;

/**
 * Camel's thread pools with threads from the server's managed thread factory, so route work runs
 * with the application's context (JNDI, transactions, CDI, class loader) like any server thread.
 */
final class ManagedThreadPoolFactory extends DefaultThreadPoolFactory {
  private final ThreadFactory managed;

  ManagedThreadPoolFactory(ThreadFactory managed) {
    this.managed = managed;
  }

  @Override
  public ExecutorService newCachedThreadPool(ThreadFactory threadFactory) {
    return super.newCachedThreadPool(managed);
  }

  @Override
  public ExecutorService newThreadPool(ThreadPoolProfile profile, ThreadFactory threadFactory) {
    return super.newThreadPool(profile, managed);
  }

  @Override
  public ScheduledExecutorService newScheduledThreadPool(
      ThreadPoolProfile profile, ThreadFactory threadFactory) {
    return super.newScheduledThreadPool(profile, managed);
  }
}
