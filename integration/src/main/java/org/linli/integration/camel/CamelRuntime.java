package org.linli.integration.camel;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.linli.integration.inbound.application.InboundSettings;
import org.linli.integration.inbound.application.SftpRosters;
import org.linli.integration.metrics.IntegrationMetrics;
import org.linli.integration.outbox.application.FlowDispatcher;
import org.linli.integration.outbox.application.FlowEndpoints;
import org.linli.integration.outbox.application.IntegrationSettings;
import org.linli.integration.outbox.application.JsonFlowSender;
import org.linli.integration.outbox.application.Mzt061Sender;
import org.linli.integration.outbox.application.OutboxRelay;
import org.linli.integration.outbox.domain.DeliveryOutcome;
import org.linli.tenant.application.PersonRegistry;
import org.linli.tenant.domain.person.PersonRepository;

/**
 * The deployment's one Camel context (there is no CDI integration for Camel 4): created and started
 * when the application starts, stopped with it. Its threads come from the server's managed thread
 * factory; it logs through SLF4J into java.util.logging, i.e. Liberty's log. A failure to start is
 * logged and shown by the health check (it does not stop the application).
 */
@ApplicationScoped
public class CamelRuntime {
  private static final Logger LOG = Logger.getLogger(CamelRuntime.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threadFactory;

  @Inject IntegrationSettings settings;
  @Inject OutboxRelay relay;
  @Inject PersonRepository people;
  @Inject PersonRegistry personRegistry;
  @Inject FlowEndpoints flowEndpoints;
  @Inject IntegrationMetrics metrics;
  @Inject InboundSettings inboundSettings;
  @Inject SftpRosters sftpRosters;

  private volatile DefaultCamelContext context;
  private volatile ProducerTemplate producer;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    try {
      DefaultCamelContext camel = new DefaultCamelContext();
      camel.getCamelContextExtension().setName("linli");
      camel.setApplicationContextClassLoader(CamelRuntime.class.getClassLoader());
      camel
          .getExecutorServiceManager()
          .setThreadPoolFactory(new ManagedThreadPoolFactory(threadFactory));
      HttpComponent http = new HttpComponent();
      long timeout = settings.deliveryTimeout().toMillis();
      http.setConnectTimeout(timeout);
      http.setConnectionRequestTimeout(timeout);
      http.setResponseTimeout(timeout);
      http.setSoTimeout(timeout);
      camel.addComponent("http", http);
      camel.addComponent("https", http);
      camel.addRoutes(new Mzt061DeliveryRoute());
      for (int n = 1; n <= settings.relayConsumers(); n++) {
        camel.addRoutes(
            new OutboxRelayRoute(
                relay, settings.pollInterval().toMillis(), n, settings.nodeName()));
      }
      addRosterSftpRoute(camel);
      camel.start();
      context = camel;
      producer = camel.createProducerTemplate();
      relay.useSender(
          new FlowDispatcher(
              new Mzt061Sender(flowEndpoints, people, personRegistry, this::post),
              new JsonFlowSender(flowEndpoints, this::post),
              metrics::outcome));
      metrics.register(this::routeStatus, routeIds());
      LOG.info(() -> "Camel context 'linli' started with routes " + routeStatus().keySet());
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "The Camel context did not start; integration flows stand still", e);
    }
  }

  @PreDestroy
  void stop() {
    relay.useSender(null);
    DefaultCamelContext camel = context;
    context = null;
    if (camel != null) {
      try {
        if (producer != null) {
          producer.close();
        }
        camel.stop();
        LOG.info("Camel context 'linli' stopped");
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Camel context did not stop cleanly", e);
      }
    }
  }

  /** Inbound rosters over SFTP, when a server and its organizations are configured. */
  private void addRosterSftpRoute(DefaultCamelContext camel) throws Exception {
    var address = inboundSettings.sftpAddress();
    var user = inboundSettings.sftpUser();
    var password = inboundSettings.sftpPassword();
    if (inboundSettings.sftpOrgs().isEmpty()
        || address.isEmpty()
        || user.isEmpty()
        || password.isEmpty()) {
      return;
    }
    String work =
        java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "linli-sftp-work").toString();
    camel.addRoutes(
        new RosterSftpRoute(
            address.get(),
            inboundSettings.sftpDirectory(),
            user.get(),
            password.get(),
            inboundSettings.sftpInterval().toMillis(),
            work,
            inboundSettings.sftpConsumers(),
            inboundSettings.sftpOrgs(),
            (org, exchange) ->
                sftpRosters.receive(
                    org,
                    exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class),
                    exchange.getIn().getBody(java.io.File.class).toPath())));
  }

  /** Route id → status (Started, Stopped ...); empty when the context does not run. */
  public Map<String, String> routeStatus() {
    DefaultCamelContext camel = context;
    if (camel == null) {
      return Map.of();
    }
    Map<String, String> status = new java.util.TreeMap<>();
    camel
        .getRoutes()
        .forEach(
            r -> {
              ServiceStatus s = camel.getRouteController().getRouteStatus(r.getRouteId());
              status.put(r.getRouteId(), s == null ? "Unknown" : s.name());
            });
    return status;
  }

  public boolean running() {
    DefaultCamelContext camel = context;
    return camel != null && camel.isStarted();
  }

  /** Runs the delivery route: POST the body with the headers; never throws. */
  DeliveryOutcome post(String endpoint, String body, Map<String, String> headers) {
    ProducerTemplate template = producer;
    if (template == null) {
      return DeliveryOutcome.transientFailure("Camel is not running");
    }
    String uri = endpoint + (endpoint.contains("?") ? "&" : "?") + "throwExceptionOnFailure=false";
    Exchange result =
        template.send(
            Mzt061DeliveryRoute.URI,
            exchange -> {
              exchange.setProperty(Mzt061DeliveryRoute.ENDPOINT, uri);
              exchange.getMessage().setBody(body);
              exchange.getMessage().getHeaders().putAll(headers);
            });
    if (result.getException() != null) {
      Throwable e = result.getException();
      return DeliveryOutcome.transientFailure(
          DeliveryOutcome.clip(e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
    Integer status = result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    if (status == null) {
      return DeliveryOutcome.transientFailure("No HTTP status in the answer");
    }
    return DeliveryOutcome.ofStatus(status, result.getMessage().getBody(String.class));
  }

  /** Route ids of the context, for the logs and tests. */
  public List<String> routeIds() {
    return List.copyOf(routeStatus().keySet());
  }
}
