package org.linli.e2e.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on the port `linli test` wrote into the
 * realm's mail settings ({@code LINLI_SMTP_PORT}): Keycloak delivers the invitation e-mails here.
 */
public final class MailServer {
  private static final Pattern ACTION_LINK =
      Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");

  private GreenMail greenMail;

  public void start() {
    greenMail =
        new GreenMail(
            new ServerSetup(Integer.parseInt(TestEnv.get("LINLI_SMTP_PORT")), "127.0.0.1", "smtp"));
    greenMail.start();
  }

  public void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  /** The messages received for this address so far (none while the server is stopped). */
  public List<MimeMessage> to(String address) {
    return greenMail == null
        ? List.of()
        : Arrays.asList(greenMail.getReceivedMessagesForDomain(address));
  }

  /** Waits (bounded) until at least {@code count} messages reached this address; returns them. */
  public List<MimeMessage> await(String address, int count) {
    Instant deadline = Instant.now().plusSeconds(30);
    List<MimeMessage> received = to(address);
    while (received.size() < count && Instant.now().isBefore(deadline)) {
      pace();
      received = to(address);
    }
    if (received.size() < count) {
      throw new AssertionError(
          "expected " + count + " e-mails to " + address + ", got " + received.size());
    }
    return received;
  }

  /** The pace of a bounded condition wait (not a wait for time to pass). */
  public static void pace() {
    LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
  }

  /** The plain-text body, decoded (Keycloak sends text and HTML alternatives). */
  public static String text(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof String s) {
        return s;
      }
      Multipart parts = (Multipart) content;
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          return (String) part.getContent();
        }
      }
      throw new AssertionError("no text/plain part in " + message.getSubject());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The link in the e-mail that opens Keycloak's page to choose a password. */
  public static String actionLink(MimeMessage message) {
    Matcher link = ACTION_LINK.matcher(text(message));
    if (!link.find()) {
      throw new AssertionError("no action link in: " + text(message));
    }
    return link.group();
  }
}
