package org.linli.integration.camel;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.linli.integration.inbound.application.Received;
import org.linli.integration.inbound.application.TemporaryFailure;

/**
 * Polls the bureau's SFTP server for roster files, one folder per organization ({@code
 * <directory>/<org>/<yyyy-mm>-roster.csv|xlsx}): a file is taken only once its size stopped
 * changing ({@code readLock=changed}), downloaded to a local work file (never held in memory),
 * handed to the import for its organization, then moved to {@code .done/} (applied, or a repeat) or
 * {@code .failed/} (unreadable, or an error a person must look at). A file whose import failed for
 * a temporary reason (after the import's own attempts with backoff) stays in the inbox: the next
 * poll tries it again, on after its last committed line. Several consumers (nodes) may take the
 * same file: the import's idempotent key (tenant, source, SHA-256) lets only one apply it.
 */
final class RosterSftpRoute extends RouteBuilder {
  static final String ID = "roster-sftp";
  private static final Logger LOG = Logger.getLogger(RosterSftpRoute.class.getName());

  /** The header naming the folder the file goes to once processed. */
  static final String FOLDER = "LinliListFolder";

  private final String uri;
  private final long delayMillis;
  private final int consumers;
  private final List<String> orgs;
  private final BiFunction<String, Exchange, Received> importer;

  RosterSftpRoute(
      String address,
      String directory,
      String user,
      String password,
      long delayMillis,
      String workDirectory,
      int consumers,
      List<String> orgs,
      BiFunction<String, Exchange, Received> importer) {
    this.uri =
        "sftp://"
            + address
            + (directory.isBlank() || directory.equals(".") ? "" : "/" + directory)
            + "?username="
            + enc(user)
            + "&password=RAW("
            + password
            + ")&recursive=true&minDepth=2&maxDepth=2&include=.*\\.(csv|xlsx|CSV|XLSX)"
            + "&readLock=changed&readLockCheckInterval=500&readLockMinAge=1000"
            // Stamped: SFTP cannot rename onto an existing file, and a list may be sent again.
            // .done/ or .failed/ as the processor decided; no moveFailed: a file whose import
            // failed for a temporary reason stays in the inbox, to be tried again.
            + "&move=${header."
            + FOLDER
            + "}/${file:name.noext}.${date:now:yyyyMMdd-HHmmssSSS}.${file:ext}"
            + "&localWorkDirectory="
            + workDirectory
            + "/consumer"
            + "&sortBy=file:name&initialDelay=1000"
            + "&strictHostKeyChecking=no&useUserKnownHostsFile=false&autoCreate=false"
            + "&throwExceptionOnConnectFailed=false&connectTimeout=10000&delay=";
    this.delayMillis = delayMillis;
    this.consumers = consumers;
    this.orgs = orgs;
    this.importer = importer;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void configure() {
    for (int i = 1; i <= consumers; i++) {
      // A delay a few ms apart per consumer: another URI, so another endpoint with its own
      // in-progress list; the consumers then really compete for the same files, as two nodes do.
      // Each consumer downloads into a folder of its own, as each node has its own disk.
      from(uri.replace("/consumer&", "/consumer-" + i + "&") + (delayMillis + 7L * (i - 1)))
          .routeId(consumers == 1 ? ID : ID + "-" + i)
          .process(
              exchange -> {
                String relative = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
                String org = relative.substring(0, relative.indexOf('/'));
                if (!orgs.contains("*") && !orgs.contains(org)) {
                  throw new IllegalStateException("SFTP folder of an organization not configured");
                }
                exchange.getIn().getBody(File.class); // the local work file exists
                Received r;
                try {
                  r = importer.apply(org, exchange);
                } catch (RuntimeException e) {
                  if (TemporaryFailure.is(e) || exchange.getContext().isStopping()) {
                    // The file stays in the inbox, tried at a later poll (or after the restart).
                    throw e;
                  }
                  LOG.log(Level.SEVERE, "roster " + relative + " failed: to .failed/", e);
                  exchange.getIn().setHeader(FOLDER, ".failed");
                  exchange.getIn().setBody("roster " + relative + ": failed, " + e);
                  return;
                }
                if ("UNREADABLE".equals(r.status())) {
                  exchange.getIn().setHeader(FOLDER, ".failed");
                  exchange.getIn().setBody("unreadable roster " + relative + ": " + r.error());
                  return;
                }
                exchange.getIn().setHeader(FOLDER, ".done");
                exchange
                    .getIn()
                    .setBody(
                        "roster "
                            + relative
                            + ": "
                            + (r.duplicate()
                                ? "received before (file " + r.fileId() + "), nothing applied"
                                : r.applied() + " rows applied, " + r.rejected() + " rejected"));
              })
          .log("${body}");
    }
  }
}
