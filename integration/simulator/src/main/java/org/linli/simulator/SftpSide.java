package org.linli.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The bureau's SFTP server (Apache MINA SSHD) holding roster files, one folder per organization
 * ({@code <root>/<org>/}; the platform moves what it took under {@code .done/} or {@code
 * .failed/}). Password login; on 127.0.0.1 only. With a sample organization it starts with two
 * monthly rosters for it: last month's as XLSX, this month's as CSV (one level changed, one person
 * new, one no longer listed).
 *
 * <pre>
 * POST /control/sftp/files?org=O&amp;name=N   the body becomes file N in O's folder (written under
 *                                          a dot name, then renamed, so a reader never sees half)
 * GET  /control/sftp/files?org=O           {"inbox":[..],"done":[..],"failed":[..]} (file names)
 * </pre>
 *
 * Environment: LINLI_SIM_SFTP_PASSWORD (no SFTP without it), LINLI_SIM_SFTP_PORT (default the HTTP
 * port + 1), LINLI_SIM_SFTP_USER (linli), LINLI_SIM_SFTP_ROOT (a temporary folder),
 * LINLI_SIM_SFTP_SAMPLE_ORG.
 */
final class SftpSide {
  private final Path root;

  private SftpSide(Path root) {
    this.root = root;
  }

  /** Starts the SFTP server and adds its control API to {@code http}; no-op without a password. */
  static void start(HttpServer http, int httpPort) throws IOException {
    String password = System.getenv("LINLI_SIM_SFTP_PASSWORD");
    if (password == null || password.isBlank()) {
      System.out.println("civil-affairs simulator: no SFTP (LINLI_SIM_SFTP_PASSWORD not set)");
      return;
    }
    int port = Integer.parseInt(env("LINLI_SIM_SFTP_PORT", String.valueOf(httpPort + 1)));
    String user = env("LINLI_SIM_SFTP_USER", "linli");
    String rootDir = System.getenv("LINLI_SIM_SFTP_ROOT");
    Path root =
        rootDir == null || rootDir.isBlank()
            ? Files.createTempDirectory("linli-sim-sftp")
            : Files.createDirectories(Path.of(rootDir));
    SftpSide side = new SftpSide(root.toAbsolutePath());
    SshServer sshd = SshServer.setUpDefaultServer();
    sshd.setHost("127.0.0.1");
    sshd.setPort(port);
    sshd.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(root.resolve(".hostkey.ser")));
    sshd.setPasswordAuthenticator(
        (u, p, session) ->
            MessageDigest.isEqual(
                    u.getBytes(StandardCharsets.UTF_8), user.getBytes(StandardCharsets.UTF_8))
                && MessageDigest.isEqual(
                    p.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8)));
    sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    sshd.setFileSystemFactory(new VirtualFileSystemFactory(side.root));
    sshd.start();
    String sample = System.getenv("LINLI_SIM_SFTP_SAMPLE_ORG");
    if (sample != null && !sample.isBlank()) {
      side.writeSamples(sample.strip());
    }
    http.createContext("/control/sftp/files", side::files);
    System.out.println("civil-affairs simulator: SFTP on 127.0.0.1:" + port + " (" + root + ")");
  }

  private void files(HttpExchange x) throws IOException {
    Map<String, String> q = query(x.getRequestURI().getRawQuery());
    String org = q.getOrDefault("org", "");
    if (!org.matches("[a-z0-9][a-z0-9-]{1,62}")) {
      answer(x, 400, "{\"code\":\"ORG_INVALID\"}");
      return;
    }
    Path dir = Files.createDirectories(root.resolve(org));
    if ("POST".equals(x.getRequestMethod())) {
      String name = q.getOrDefault("name", "");
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,100}")) {
        answer(x, 400, "{\"code\":\"NAME_INVALID\"}");
        return;
      }
      Path tmp = dir.resolve("." + name + ".part");
      try (var in = x.getRequestBody()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      answer(x, 201, "{\"name\":\"" + name + "\"}");
      return;
    }
    answer(
        x,
        200,
        "{\"inbox\":"
            + names(dir)
            + ",\"done\":"
            + moved(org, ".done")
            + ",\"failed\":"
            + moved(org, ".failed")
            + "}");
  }

  /**
   * Names of the organization's files the platform moved under a {@code .done} or {@code .failed}
   * folder.
   */
  private String moved(String org, String folder) throws IOException {
    try (Stream<Path> s = Files.walk(root, 5)) {
      return s.filter(Files::isRegularFile)
          .filter(
              p -> {
                List<String> parts = new java.util.ArrayList<>();
                root.relativize(p).forEach(seg -> parts.add(seg.toString()));
                return parts.contains(org) && parts.contains(folder);
              })
          .map(p -> p.getFileName().toString())
          .sorted()
          .map(n -> "\"" + n + "\"")
          .toList()
          .toString()
          .replace(", ", ",");
    }
  }

  private static String names(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return "[]";
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .map(n -> "\"" + n + "\"")
          .toList()
          .toString()
          .replace(", ", ",");
    }
  }

  // ---- sample rosters for the demo organization

  private static final String[] NAMES = {
    "王秀英", "李桂兰", "张玉珍", "刘凤英", "陈国华", "杨建国", "赵淑珍", "黄志强", "周玉兰", "吴德明", "徐素芬", "孙长林"
  };
  private static final String[][] GROUPS = {
    {"高龄", ""}, {"低保", ""}, {"失能", "中度"}, {"特困", ""}, {"低收入", ""}, {"失能", "轻度"}
  };

  private void writeSamples(String org) throws IOException {
    Path dir = Files.createDirectories(root.resolve(org));
    YearMonth now = YearMonth.now();
    YearMonth last = now.minusMonths(1);
    Path xlsx = dir.resolve(last + "-roster.xlsx");
    if (!Files.exists(xlsx)) {
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        Workbook wb = new Workbook(out, "civil-affairs-simulator", "1.0");
        Worksheet ws = wb.newWorksheet("名单");
        String[] head = {"身份证号", "姓名", "类别", "等级", "生效日期", "地址"};
        for (int c = 0; c < head.length; c++) {
          ws.value(0, c, head[c]);
        }
        for (int i = 0; i < 10; i++) {
          String[] row = sampleRow(i, last.atDay(1), false);
          for (int c = 0; c < row.length; c++) {
            ws.value(i + 1, c, row[c]);
          }
        }
        wb.finish();
      }
    }
    Path csv = dir.resolve(now + "-roster.csv");
    if (!Files.exists(csv)) {
      StringBuilder b = new StringBuilder("身份证号,姓名,类别,等级,生效日期,地址\n");
      // This month: person 0 is gone, person 2's grade changed, persons 10 and 11 are new.
      for (int i = 1; i < NAMES.length; i++) {
        b.append(String.join(",", sampleRow(i, last.atDay(1), i == 2))).append('\n');
      }
      Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
    }
  }

  private static String[] sampleRow(int i, LocalDate from, boolean worse) {
    String[] g = GROUPS[i % GROUPS.length];
    String level = worse && "失能".equals(g[0]) ? "重度" : g[1];
    return new String[] {
      idNumber(LocalDate.of(1936 + i, 1 + i % 12, 1 + i), i),
      NAMES[i],
      g[0],
      level,
      from.toString(),
      "南京市鼓楼区中山北路 " + (100 + i) + " 号"
    };
  }

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** A 居民身份证 number of the 鼓楼区 area with its check digit. */
  static String idNumber(LocalDate birth, int seq) {
    String first17 =
        "320106" + birth.toString().replace("-", "") + String.format("%03d", 500 + seq);
    int sum = 0;
    for (int k = 0; k < 17; k++) {
      sum += (first17.charAt(k) - '0') * WEIGHTS[k];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  // ---- HTTP helpers

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw == null) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int i = pair.indexOf('=');
      if (i > 0) {
        q.put(
            URLDecoder.decode(pair.substring(0, i), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8));
      }
    }
    return q;
  }

  private static void answer(HttpExchange x, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
