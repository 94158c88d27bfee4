package org.linli.integration.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import org.linli.integration.inbound.domain.InboundFile;
import org.linli.integration.inbound.domain.ListKind;
import org.linli.integration.inbound.domain.NoticeRow;
import org.linli.integration.inbound.domain.RosterRow.Rejection;
import org.linli.integration.inbound.domain.RowSource;
import org.linli.integration.inbound.infrastructure.InboundStore.Claim;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.time.ChinaTime;

/**
 * A list of death or move-away notices (a file over SFTP or a gateway message), row by row, each
 * row its own transaction with the file's counts and the line reached: a resumed claim goes on
 * after the last committed line. Valid rows take the resident off the roster from the date; for a
 * death, the time bank's deceased-holder rule then opens a staff task wherever the person holds
 * time.
 */
@ApplicationScoped
public class NoticeImport {
  @Inject InboundWork work;
  @Inject DeceasedVolunteerTasks tasks;
  @Inject RequestContext requestContext;

  public Received apply(Claim claim, ListKind kind, RowSource rows) throws IOException {
    for (RowSource.Row row = rows.next(); row != null; row = rows.next()) {
      if (row.line() <= claim.lastLine()) {
        // Committed by the attempt that died; only the tasks (once per volunteer) may be missing.
        if (kind == ListKind.DEATH && row.problem() == null) {
          NoticeRow.Checked c = NoticeRow.check(row.line(), row.fields(), ChinaTime.today());
          if (c.notice() != null) {
            work.person(c.notice().idNumber()).ifPresent(p -> openTasks(p, c.notice(), claim));
          }
        }
        continue;
      }
      if (row.problem() != null) {
        work.reject(claim, new Rejection(row.line(), row.problem(), null, null));
        continue;
      }
      NoticeRow.Checked c = NoticeRow.check(row.line(), row.fields(), ChinaTime.today());
      if (c.rejection() != null) {
        work.reject(claim, c.rejection());
        continue;
      }
      NoticeRow.Notice n = c.notice();
      Optional<String> person;
      try {
        person = work.notice(claim, kind, n);
      } catch (DomainException e) {
        work.reject(claim, new Rejection(n.line(), e.code(), "idNumber", n.idMasked()));
        continue;
      }
      if (kind == ListKind.DEATH && person.isPresent()) {
        openTasks(person.get(), n, claim);
      }
    }
    InboundFile f = work.file(claim.fileId());
    work.finish(claim);
    return new Received(claim.fileId(), false, "APPLIED", f.rowsApplied(), f.rowsRejected(), null);
  }

  private void openTasks(String personId, NoticeRow.Notice n, Claim claim) {
    tasks.open(personId, n, requestContext.tenant().value(), claim.fileId());
  }
}
