import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Collectors;


/**
 * The driver of the issue-22 scale benchmarks (bench/tenants.sh, bench/soak.sh, bench/idempotency.sh),
 * beside LoadDriver.java (whose {@code seed} command makes the organizations these use): it extends
 * LoadDriver for its command line, JSON, HTTP and token helpers, so the two are compiled together
 * ({@code scale_driver} in bench/scale-common.sh: {@code ScaleDriver CMD k=v...}).
 * <ul>
 *   <li>{@code tenants}: one round of the tenant-count benchmark (approvals, list endpoints, /me views),
 *       each a closed loop; writes one line per phase to {@code out=}.
 *   <li>{@code soak}: mixed traffic in an open loop at a fixed rate for minutes (approvals, sign-ups,
 *       redemptions, ledger statements, exports); per-minute lines and a total per kind.
 *   <li>{@code idem}: approvals and redemptions with and without an Idempotency-Key, alternating.
 * </ul>
 */
public final class ScaleDriver extends LoadDriver {
  public static void main(String[] argv) throws Exception {
    if (argv.length == 0) {
      System.err.println("usage: ScaleDriver tenants|soak|idem|max key=value ... (scale_driver in bench/scale-common.sh)");
      System.exit(2);
    }
    Args args = Args.parse(Arrays.copyOfRange(argv, 1, argv.length));
    switch (argv[0]) {
      case "tenants" -> new Tenants(args).run();
      case "soak" -> new Soak(args).run();
      case "idem" -> new Idem(args).run();
      case "max" -> new Max(args).run();
      default -> throw new IllegalArgumentException("unknown command " + argv[0]);
    }
    System.exit(0);
  }

  // The command line, JSON, HTTP and token helpers are LoadDriver's (this class extends it;
  // bench/scale-common.sh compiles the two together).

  // ---------------------------------------------------------------------------------------------
  // Seeding through the API

  /** What the seed made, one line per thing: "org code staffEmail", "volunteer code id email". */
  record SeedFile(List<String[]> orgs, List<String[]> volunteers) {
    static SeedFile read(Path file) throws IOException {
      List<String[]> orgs = new ArrayList<>();
      List<String[]> vols = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        String[] f = line.trim().split("\\s+");
        if (f[0].equals("org")) {
          orgs.add(f);
        } else if (f[0].equals("volunteer")) {
          vols.add(f);
        }
      }
      return new SeedFile(orgs, vols);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // What the scale benchmarks share: the seeded organizations, their people and tokens

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  static String today(int plusDays) {
    return LocalDate.now(ZoneOffset.ofHours(8)).plusDays(plusDays).toString();
  }

  static final class Ctx {
    final String api;
    final String kcUrl;
    final String password;
    final SeedFile seed;
    final List<String> orgs = new ArrayList<>();
    final Map<String, TokenSource> staff = new LinkedHashMap<>();
    final Map<String, TokenSource> admins = new LinkedHashMap<>();
    /** Volunteers with a login: "volunteer org id email" and their tokens, same order. */
    final List<String[]> logins = new ArrayList<>();
    final List<TokenSource> loginTokens = new ArrayList<>();
    final ConcurrentLinkedQueue<String[]> records;

    Ctx(Args a) throws IOException {
      this.api = a.get("base") + "/api/v1";
      this.kcUrl = a.get("kc");
      this.password = a.get("password");
      this.seed = SeedFile.read(Path.of(a.get("seed")));
      for (String[] org : seed.orgs()) {
        orgs.add(org[1]);
        staff.put(org[1], TokenSource.linli(kcUrl, org[2], password));
        admins.put(org[1], TokenSource.linli(kcUrl, "admin@" + org[1] + ".bench", password));
      }
      for (String[] v : seed.volunteers()) {
        if (!v[3].equals("-")) {
          logins.add(v);
          loginTokens.add(TokenSource.linli(kcUrl, v[3], password));
        }
      }
      // Logins happen before any clock starts: the phases measure the platform, not Keycloak.
      staff.values().parallelStream().forEach(TokenSource::get);
      admins.values().parallelStream().forEach(TokenSource::get);
      loginTokens.parallelStream().forEach(TokenSource::get);
      String file = a.get("records", "");
      List<String[]> list = file.isEmpty() ? new ArrayList<>()
          : Files.readAllLines(Path.of(file)).stream().map(String::trim)
              .filter(s -> !s.isEmpty()).map(s -> s.split("\\s+"))
              .collect(Collectors.toCollection(ArrayList::new));
      Collections.shuffle(list, new Random(a.integer("shuffleSeed", 42)));
      this.records = new ConcurrentLinkedQueue<>(list);
      log("%d organizations, %d volunteers with a login, %d pending records", orgs.size(),
          logins.size(), records.size());
    }

    /** One record approved by its organization's staff (the single-record review call). */
    Supplier<Resp> approval(boolean withKey) {
      String[] rec = records.poll();
      if (rec == null) {
        return null;
      }
      String url = api + "/orgs/" + rec[0] + "/service-records/review";
      String body = "{\"recordIds\":[" + q(rec[1]) + "],\"decision\":\"APPROVE\"}";
      TokenSource token = staff.get(rec[0]);
      return withKey
          ? () -> Http.postOnce(url, token.get(), body)
          : () -> Http.json("POST", url, token.get(), body);
    }

    Workload approvals(boolean withKey) {
      return () -> approval(withKey);
    }

    /** GET path (after /orgs/{org}) as each organization's staff (or admin), round robin. */
    Workload orgRead(String path, boolean asAdmin) {
      AtomicInteger turn = new AtomicInteger();
      Map<String, TokenSource> who = asAdmin ? admins : staff;
      return () -> {
        String org = orgs.get(Math.floorMod(turn.getAndIncrement(), orgs.size()));
        String url = api + "/orgs/" + org + path;
        TokenSource token = who.get(org);
        return () -> Http.json("GET", url, token.get(), null);
      };
    }

    /** GET path (after /api/v1) as each volunteer with a login, round robin. */
    Workload meRead(String path) {
      AtomicInteger turn = new AtomicInteger();
      return () -> {
        TokenSource token = loginTokens.get(Math.floorMod(turn.getAndIncrement(), logins.size()));
        String url = api + path;
        return () -> Http.json("GET", url, token.get(), null);
      };
    }

    /** An item on the shelf in each organization (price 1 point, stock to last). */
    Map<String, String> pointsItems() {
      Map<String, String> items = new LinkedHashMap<>();
      for (String org : orgs) {
        String body = "{\"name\":\"压测礼品\",\"description\":\"基准测试用\",\"donor\":\"压测商户\","
            + "\"stock\":1000000,\"pricePoints\":1,\"perPersonLimit\":1000000}";
        Resp r = Http.postOnce(api + "/orgs/" + org + "/points/items", staff.get(org).get(), body);
        items.put(org, Json.str(r.expect(201, "create points item in " + org).body(), "id"));
      }
      return items;
    }

    /** Points to spend: the org admin credits each volunteer with a login (an award). */
    void grantPoints(long points) {
      logins.parallelStream().forEach(v -> Http.postOnce(
              api + "/orgs/" + v[1] + "/volunteers/" + v[2] + "/points-adjustments",
              admins.get(v[1]).get(), "{\"points\":" + points + ",\"reason\":\"压测积分\"}")
          .expect(201, "grant points to " + v[2]));
    }

    Workload redemptions(Map<String, String> items, boolean withKey) {
      AtomicInteger turn = new AtomicInteger();
      return () -> {
        int i = Math.floorMod(turn.getAndIncrement(), logins.size());
        String org = logins.get(i)[1];
        String url = api + "/orgs/" + org + "/points/redemptions";
        String body = "{\"itemId\":" + q(items.get(org)) + ",\"quantity\":1}";
        TokenSource token = loginTokens.get(i);
        return withKey
            ? () -> Http.postOnce(url, token.get(), body)
            : () -> Http.json("POST", url, token.get(), body);
      };
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tenant count: one round (bench/tenants.sh runs it at 10 organizations, then at 10,000)

  static final class Tenants {
    private final Args a;

    Tenants(Args a) {
      this.a = a;
    }

    void run() throws Exception {
      Ctx c = new Ctx(a);
      int conc = a.integer("concurrency", 4);
      double seconds = a.decimal("seconds", 15);
      String from = today(-30);
      String to = today(0);
      Map<String, Workload> reads = new LinkedHashMap<>();
      reads.put("GET volunteers", c.orgRead("/volunteers?limit=20", false));
      reads.put("GET service-records PENDING", c.orgRead("/service-records?status=PENDING&limit=20", false));
      reads.put("GET service-records APPROVED", c.orgRead("/service-records?status=APPROVED&limit=20", false));
      reads.put("GET activities", c.orgRead("/activities?limit=20", false));
      reads.put("GET members", c.orgRead("/members?limit=20", true));
      reads.put("GET /me", c.meRead("/me"));
      reads.put("GET /me/service-records", c.meRead("/me/service-records"));
      reads.put("GET /me/points", c.meRead("/me/points"));
      reads.put("GET /me/time-accounts", c.meRead("/me/time-accounts"));
      reads.put("GET /me/signups", c.meRead("/me/signups"));
      // only=a,b: just the phases whose names start with one of these (e.g. "GET /me" after a fix).
      String only = a.get("only", "");
      boolean approvals = only.isEmpty() || only.startsWith("approvals") || only.contains(",approvals");
      if (!only.isEmpty()) {
        List<String> prefixes = Arrays.asList(only.split(","));
        reads.keySet().removeIf(k -> prefixes.stream().noneMatch(k::startsWith));
      }

      System.out.println("== warm-up (not counted), load " + loadAverage());
      if (approvals) {
        closedLoop("warm-up approvals", c.approvals(false), conc, a.decimal("warmupSeconds", 10));
      }
      for (Map.Entry<String, Workload> r : reads.entrySet()) {
        closedLoop("warm-up " + r.getKey(), r.getValue(), conc, a.decimal("readWarmupSeconds", 2));
      }
      List<String> lines = new ArrayList<>();
      for (int round = 0; round < a.integer("rounds", 1); round++) {
        String load = loadAverage();
        System.out.println("== round " + (round + 1) + ", load " + load);
        if (approvals) {
          Stats s = closedLoop("approvals", c.approvals(false), conc, a.decimal("approvalSeconds", 30));
          lines.add(line(s, load));
        }
        for (Map.Entry<String, Workload> r : reads.entrySet()) {
          lines.add(line(closedLoop(r.getKey(), r.getValue(), conc, seconds), loadAverage()));
        }
      }
      Files.write(Path.of(a.get("out")), lines);
    }

    /** name|tps|p50|p90|p99|errors|requests|load */
    static String line(Stats s, String load) {
      return String.format(Locale.ROOT, "%s|%.1f|%.1f|%.1f|%.1f|%d|%d|%s", s.name(), s.tps(),
          s.p50(), s.p90(), s.p99(), s.errors(), s.requests(), load);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Soak: mixed traffic at a fixed arrival rate for minutes

  static final class Soak {
    private final Args a;

    Soak(Args a) {
      this.a = a;
    }

    void run() throws Exception {
      Ctx c = new Ctx(a);
      double rate = a.decimal("rate", 10);
      double minutes = a.decimal("minutes", 20);
      double giveUp = a.decimal("giveUpSeconds", 30);
      // Preparations, not measured: an item per org, points to spend, a shift to sign up for, the
      // ledger accounts whose statements are read.
      Map<String, String> items = c.pointsItems();
      c.grantPoints(a.integer("grantPoints", 100_000));
      Map<String, String> shifts = new LinkedHashMap<>();
      OffsetDateTime start0 = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
      for (String line : Files.readAllLines(Path.of(a.get("seed")))) {
        String[] f = line.trim().split("\\s+");
        if (f[0].equals("activity")) {
          String body = "{\"startsAt\":" + q(start0.toString()) + ",\"endsAt\":"
              + q(start0.plusHours(3).toString()) + ",\"capacity\":10000}";
          String url = c.api + "/orgs/" + f[1] + "/activities/" + f[2] + "/shifts";
          shifts.put(f[1], Json.str(Http.json("POST", url, c.staff.get(f[1]).get(), body)
              .expect(201, "future shift").body(), "id"));
        }
      }
      List<String[]> accounts = new ArrayList<>(); // {org, accountId}
      for (String org : c.orgs) {
        Resp r = Http.json("GET", c.api + "/orgs/" + org + "/ledger/accounts?limit=50",
            c.admins.get(org).get(), null).expect(200, "ledger accounts of " + org);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list =
            (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(r.body())).get("items");
        for (Map<String, Object> acc : list) {
          accounts.add(new String[] {org, (String) acc.get("id")});
        }
      }
      log("prepared: %d items, %d shifts, %d ledger accounts", items.size(), shifts.size(),
          accounts.size());
      ConcurrentLinkedQueue<Integer> idle = new ConcurrentLinkedQueue<>();
      for (int i = 0; i < c.logins.size(); i++) {
        idle.add(i);
      }
      Workload redeem = c.redemptions(items, true);
      AtomicInteger statementTurn = new AtomicInteger();
      AtomicInteger exportTurn = new AtomicInteger();
      AtomicInteger orgTurn = new AtomicInteger();
      Map<String, Supplier<Supplier<Resp>>> kinds = new LinkedHashMap<>();
      kinds.put("approval", () -> c.approval(true));
      kinds.put("redemption", redeem::next);
      kinds.put("signup", () -> {
        Integer i = idle.poll();
        if (i == null) {
          return null;
        }
        String[] v = c.logins.get(i);
        TokenSource token = c.loginTokens.get(i);
        String base = c.api + "/orgs/" + v[1] + "/shifts/" + shifts.get(v[1]) + "/signups";
        return () -> {
          try {
            Resp r = Http.json("POST", base, token.get(), "{\"volunteerId\":" + q(v[2]) + "}");
            if (r.status() != 201) {
              return r;
            }
            // Cancelled again, so that the volunteer can sign up next time (one live sign-up each).
            return Http.json("DELETE", base + "/" + Json.str(r.body(), "id"), token.get(), null);
          } finally {
            idle.add(i);
          }
        };
      });
      kinds.put("statement", () -> {
        String[] acc = accounts.get(Math.floorMod(statementTurn.getAndIncrement(), accounts.size()));
        String url = c.api + "/orgs/" + acc[0] + "/ledger/accounts/" + acc[1] + "/statement?limit=50";
        TokenSource token = c.admins.get(acc[0]);
        return () -> Http.json("GET", url, token.get(), null);
      });
      kinds.put("export", () -> {
        int n = exportTurn.getAndIncrement();
        String org = c.orgs.get(Math.floorMod(orgTurn.getAndIncrement(), c.orgs.size()));
        String url = c.api + "/orgs/" + org + "/exports/" + (n % 2 == 0 ? "volunteers.csv"
            : "service-records.csv?from=" + today(-2) + "&to=" + today(0));
        TokenSource token = c.staff.get(org);
        return () -> Http.send("GET", url, token.get(), null, null);
      });
      // The mix: weights per kind, spread evenly over a cycle.
      List<String> plan = new ArrayList<>();
      for (String w : a.get("mix", "approval:50,redemption:20,signup:10,statement:10,export:10")
          .split(",")) {
        String[] kv = w.split(":");
        for (int i = 0; i < Integer.parseInt(kv[1]); i++) {
          plan.add(kv[0]);
        }
      }
      Collections.shuffle(plan, new Random(7));
      Map<String, Recorder> byKind = new LinkedHashMap<>();
      kinds.keySet().forEach(k -> byKind.put(k, new Recorder()));
      int nMinutes = (int) Math.ceil(minutes);
      Recorder[] byMinute = new Recorder[nMinutes + 1];
      String[] loadAt = new String[nMinutes + 1];
      for (int m = 0; m <= nMinutes; m++) {
        byMinute[m] = new Recorder();
      }
      ExecutorService pool = Executors.newFixedThreadPool(a.integer("maxInFlight", 64),
          daemonThreads("soak"));
      double periodNanos = 1e9 / rate;
      long total = Math.round(rate * minutes * 60);
      long giveUpNanos = (long) (giveUp * 1e9);
      AtomicLong late = new AtomicLong();
      AtomicLong noWork = new AtomicLong();
      long start = System.nanoTime();
      String started = a.get("startedFile", "");
      if (!started.isEmpty()) { // when the load begins (epoch seconds): soak.sh's heap windows count from it
        Files.writeString(Path.of(started), (System.currentTimeMillis() / 1000) + "\n");
      }
      System.out.printf(Locale.ROOT, "== soak: %.1f requests/s for %.1f min (%d requests), mix %s, load %s%n",
          rate, minutes, total, a.get("mix", "approval:50,redemption:20,signup:10,statement:10,export:10"),
          loadAverage());
      int lastMinute = -1;
      for (long i = 0; i < total; i++) {
        long due = start + (long) (i * periodNanos);
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        int minute = (int) ((due - start) / 60_000_000_000L);
        if (minute != lastMinute) {
          loadAt[minute] = loadAverage();
          if (lastMinute >= 0) {
            log("minute %d done: load %s", lastMinute + 1, loadAt[minute]);
          }
          lastMinute = minute;
        }
        String kind = plan.get((int) (i % plan.size()));
        Supplier<Resp> call = kinds.get(kind).get();
        if (call == null && kind.equals("signup")) { // every volunteer busy signing up: redeem
          kind = "redemption";
          call = redeem.next();
        }
        if (call == null) {
          noWork.incrementAndGet();
          continue;
        }
        Recorder kindRec = byKind.get(kind);
        Recorder minuteRec = byMinute[minute];
        Supplier<Resp> send = call;
        pool.execute(() -> {
          long behind = System.nanoTime() - due;
          if (behind > giveUpNanos) {
            late.incrementAndGet();
            Resp r = new Resp(LATE, "not sent: " + Math.round(behind / 1e6) + " ms behind schedule");
            kindRec.record(r, behind);
            minuteRec.record(r, behind);
            return;
          }
          Resp r = send.get();
          long latency = System.nanoTime() - due;
          kindRec.record(r, latency);
          minuteRec.record(r, latency);
        });
      }
      pool.shutdown();
      pool.awaitTermination(300, TimeUnit.SECONDS);
      double elapsed = (System.nanoTime() - start) / 1e9;
      System.out.println("== per minute (latency from the scheduled send time)");
      long errors = 0;
      List<String> out = new ArrayList<>();
      for (int m = 0; m < nMinutes; m++) {
        Stats s = Stats.of(String.format(Locale.ROOT, "minute %2d", m + 1), byMinute[m], 60);
        System.out.println(s.line() + "   load " + loadAt[m]);
        out.add(String.format(Locale.ROOT, "minute|%d|%d|%d|%.1f|%.1f|%.1f|%s", m + 1,
            s.requests(), s.errors(), s.p50(), s.p99(), s.max(), loadAt[m]));
      }
      System.out.println("== per kind");
      for (Map.Entry<String, Recorder> k : byKind.entrySet()) {
        Stats s = Stats.of(k.getKey(), k.getValue(), elapsed);
        errors += s.errors();
        System.out.println(s.line());
        for (String e : k.getValue().firstErrors) {
          System.out.println("    error: " + e);
        }
        out.add(String.format(Locale.ROOT, "kind|%s|%d|%d|%.1f|%.1f|%.1f|%.1f", k.getKey(),
            s.requests(), s.errors(), s.tps(), s.p50(), s.p99(), s.max()));
      }
      System.out.printf(Locale.ROOT, "== soak done in %.1f s: %d errors (%d not sent, late), %d "
          + "requests skipped for want of work, load %s%n", elapsed, errors, late.get(),
          noWork.get(), loadAverage());
      out.add(String.format(Locale.ROOT, "total|%.1f|%d|%d|%d", elapsed, errors, late.get(),
          noWork.get()));
      Files.write(Path.of(a.get("out")), out);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The cost of the idempotency lock: the same calls with and without an Idempotency-Key

  static final class Idem {
    private final Args a;

    Idem(Args a) {
      this.a = a;
    }

    void run() throws Exception {
      Ctx c = new Ctx(a);
      int conc = a.integer("concurrency", 4);
      double seconds = a.decimal("seconds", 20);
      Map<String, String> items = c.pointsItems();
      c.grantPoints(a.integer("grantPoints", 100_000));
      System.out.println("== warm-up (not counted), load " + loadAverage());
      closedLoop("warm-up approvals", c.approvals(true), conc, a.decimal("warmupSeconds", 10));
      closedLoop("warm-up redemptions", c.redemptions(items, true), conc, 5);
      List<String> lines = new ArrayList<>();
      // Alternating (A B B A ...) so that a drift of the shared machine's load hits both alike.
      for (int round = 0; round < a.integer("rounds", 2); round++) {
        boolean[] order = round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false};
        for (boolean withKey : order) {
          String load = loadAverage();
          Stats s = closedLoop("approvals " + (withKey ? "with key" : "without key"),
              c.approvals(withKey), conc, seconds);
          lines.add(Tenants.line(s, load));
        }
        for (boolean withKey : order) {
          String load = loadAverage();
          Stats s = closedLoop("redemptions " + (withKey ? "with key" : "without key"),
              c.redemptions(items, withKey), conc, seconds);
          lines.add(Tenants.line(s, load));
        }
      }
      Files.write(Path.of(a.get("out")), lines);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The maximum approval throughput (closed loop at a few concurrencies), for the soak's rate

  static final class Max {
    private final Args a;

    Max(Args a) {
      this.a = a;
    }

    void run() throws Exception {
      Ctx c = new Ctx(a);
      closedLoop("warm-up approvals", c.approvals(true), 4, a.decimal("warmupSeconds", 10));
      double best = 0;
      for (String level : a.get("concurrency", "4,8").split(",")) {
        Stats s = closedLoop("approvals c=" + level.trim(), c.approvals(true),
            Integer.parseInt(level.trim()), a.decimal("seconds", 15));
        if (s.errorRate() <= 0.01) {
          best = Math.max(best, s.tps());
        }
      }
      System.out.printf(Locale.ROOT, "max approvals %.1f/s, load %s%n", best, loadAverage());
      Files.writeString(Path.of(a.get("out")), String.format(Locale.ROOT, "%.1f%n", best));
    }
  }
}
