package vnla.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Command-line options of {@link Bench}; {@code --smoke} shrinks everything to a few seconds. */
public record Options(
        Path root,
        Path out,
        boolean smoke,
        List<Double> rates,
        double warmupSeconds,
        double rateSeconds,
        int connections,
        int runs,
        double pgbenchSeconds,
        double producerSeconds,
        double hopRate,
        double hopSeconds,
        double partnerRate,
        double partnerSeconds,
        double coldSeconds,
        double goalP99Ms,
        double stopP99Ms,
        Set<String> only,
        String hotline,
        String cases,
        String notifications,
        String bootstrap,
        String pgHost,
        int pgPort,
        double profileSeconds,
        String casesGroup,
        double overloadBase,
        double overloadFactor,
        double overloadSeconds,
        double overloadGoalP99Ms) {

    static final String USAGE = """
            Usage: java -cp benchmarks/target/benchmarks.jar:benchmarks/target/lib/* vnla.bench.Bench [options]
              --smoke                  a few seconds at tiny rates: only checks that numbers come out
              --rates 25,50,100,...    offered intake rates (tips/s), ascending; default 25,50,100,200,400,800
              --warmup S               seconds of warm-up at the first rate, not recorded (default 15)
              --duration S             seconds per offered rate (default 20)
              --connections N          HTTP/1.1 connections of the load generator = pgbench clients (default 16)
              --runs N                 repeat every figure N times and report min/median/max (default 3)
              --pgbench-seconds S      (default 20)   --producer-seconds S (default 10)
              --hop-rate R --hop-seconds S            one hop commit+produce+consume (default 20/s, 15 s)
              --partner-rate R --partner-seconds S    tip to partner (default 20/s, 30 s)
              --cold-seconds S         the first minute after a start: ./suite run --no-build restarts the
                                       services, then tip to partner at --partner-rate for S s (default 60),
                                       per 10-s window, once per --runs
              --goal-p99 MS            p99 that counts as "held" (default 100)
              --stop-p99 MS            stop raising the rate once p99 passes this (default 2000)
              --overload-base R        the sustainable intake rate the overload starts from (default: measured, the
                                       highest of --rates held with no connection cap, no error, p99 within the goal)
              --overload-factor F      offer F× that rate (default 2)   --overload-seconds S  per phase (default 60)
              --overload-goal-p99 MS   p99 of accepted tips that counts as held, and the overload goal (default 250)
              --only a,b               cold, intake, overload, ceiling, partner, memory (default all; --smoke: no cold)
              --profile S              record S seconds of JFR on hotline-service during the highest held rate
              --out FILE               the markdown report (default .suite/bench/results-<time>.md)
              --root DIR               the repository (default: current directory)
              --hotline URL[,URL]      hotline-service; with several, intake and overload send to each in turn
                                       (e.g. the two instances of ./suite run --instances 2)
              --cases URL --notifications URL --kafka HOST:PORT --pg HOST:PORT
              --cases-group G          case-service's consumer group on hotline.tips.v1 (default case-service)
            """;

    /** Every hotline-service instance named by {@code --hotline}; intake and overload send to each in turn. */
    public List<String> hotlines() {
        return Arrays.stream(hotline.split(",")).map(String::trim).filter(u -> !u.isEmpty()).toList();
    }

    /** The first hotline-service instance: the one the tip-to-partner phase uses. */
    public String firstHotline() {
        return hotlines().get(0);
    }

    public static Options parse(String... args) {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path out = null;
        boolean smoke = List.of(args).contains("--smoke");
        List<Double> rates = smoke ? List.of(5.0, 10.0) : List.of(25.0, 50.0, 100.0, 200.0, 400.0, 800.0);
        double warmup = smoke ? 1 : 15;
        double duration = smoke ? 2 : 20;
        int connections = smoke ? 4 : 16;
        int runs = smoke ? 1 : 3;
        double pgbench = smoke ? 2 : 20;
        double producer = smoke ? 1 : 10;
        double hopRate = smoke ? 5 : 20;
        double hopSeconds = smoke ? 1 : 15;
        double partnerRate = smoke ? 2 : 20;
        double partnerSeconds = smoke ? 2 : 30;
        double coldSeconds = 60;
        double goal = 100;
        double stop = 2000;
        Set<String> only = new LinkedHashSet<>(smoke ? List.of("intake", "overload", "ceiling", "partner", "memory")
                : List.of("cold", "intake", "overload", "ceiling", "partner", "memory"));
        double overloadBase = 0;
        double overloadFactor = 2;
        double overloadSeconds = smoke ? 2 : 60;
        double overloadGoal = 250;
        String hotline = "http://127.0.0.1:8081";
        String casesGroup = "case-service";
        String cases = "http://127.0.0.1:8082";
        String notifications = "http://127.0.0.1:8083";
        String kafka = vnla.testing.SuiteKafka.bootstrap();
        String pg = "127.0.0.1:5432";
        double profile = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--smoke" -> { }
                case "--rates" -> rates = Arrays.stream(args[++i].split(",")).map(String::trim).map(Double::valueOf).sorted().toList();
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--duration" -> duration = Double.parseDouble(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--pgbench-seconds" -> pgbench = Double.parseDouble(args[++i]);
                case "--producer-seconds" -> producer = Double.parseDouble(args[++i]);
                case "--hop-rate" -> hopRate = Double.parseDouble(args[++i]);
                case "--hop-seconds" -> hopSeconds = Double.parseDouble(args[++i]);
                case "--partner-rate" -> partnerRate = Double.parseDouble(args[++i]);
                case "--partner-seconds" -> partnerSeconds = Double.parseDouble(args[++i]);
                case "--cold-seconds" -> coldSeconds = Double.parseDouble(args[++i]);
                case "--goal-p99" -> goal = Double.parseDouble(args[++i]);
                case "--stop-p99" -> stop = Double.parseDouble(args[++i]);
                case "--only" -> only = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                case "--profile" -> profile = Double.parseDouble(args[++i]);
                case "--overload-base" -> overloadBase = Double.parseDouble(args[++i]);
                case "--overload-factor" -> overloadFactor = Double.parseDouble(args[++i]);
                case "--overload-seconds" -> overloadSeconds = Double.parseDouble(args[++i]);
                case "--overload-goal-p99" -> overloadGoal = Double.parseDouble(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--hotline" -> hotline = args[++i];
                case "--cases" -> cases = args[++i];
                case "--cases-group" -> casesGroup = args[++i];
                case "--notifications" -> notifications = args[++i];
                case "--kafka" -> kafka = args[++i];
                case "--pg" -> pg = args[++i];
                case "-h", "--help" -> throw new IllegalArgumentException("");
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        String pgHost = pg.substring(0, pg.lastIndexOf(':'));
        int pgPort = Integer.parseInt(pg.substring(pg.lastIndexOf(':') + 1));
        return new Options(root, out, smoke, rates, warmup, duration, connections, runs, pgbench, producer, hopRate, hopSeconds,
                partnerRate, partnerSeconds, coldSeconds, goal, stop, only, hotline, cases, notifications, kafka, pgHost, pgPort, profile,
                casesGroup, overloadBase, overloadFactor, overloadSeconds, overloadGoal);
    }

    boolean wants(String figure) {
        return only.contains(figure);
    }
}
