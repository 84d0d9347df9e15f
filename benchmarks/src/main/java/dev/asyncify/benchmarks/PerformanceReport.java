package dev.asyncify.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes {@code docs/performance.md} and its charts from the CSV files of a {@code benchmarks/run}:
 * {@code jmh-<label>.csv} with {@code env-<label>.txt} (JVM, cores, date) for the labels {@code
 * java17} and, where it ran, {@code java25}. The analysis in {@code benchmarks/findings.md} is
 * appended as it is.
 *
 * <p>Usage: {@code PerformanceReport <results dir> <docs dir> <findings.md>}
 */
public final class PerformanceReport {

  private static final String PACKAGE = "dev.asyncify.benchmarks.";
  private static final double FLOOR_MILLIS = Sleeper.MILLIS;
  private static final List<String> FAN_OUT_CALLS = List.of("10", "100", "1000", "10000");
  private static final List<String> GATHER_INPUTS = List.of("4", "100", "10000", "1000000");
  private static final List<String> CORPUS_SIZES = List.of("10", "100", "1000");

  /** One benchmark result, with the secondary metrics of its profilers. */
  record Result(
      String name,
      Map<String, String> params,
      double score,
      double error,
      String unit,
      Map<String, Double> secondary) {}

  /** One run of the benchmarks on one JVM. */
  record Run(String label, String environment, List<Result> results) {

    Optional<Result> find(String name, Map<String, String> params) {
      return results.stream()
          .filter(result -> result.name().equals(name))
          .filter(result -> result.params().entrySet().containsAll(params.entrySet()))
          .findFirst();
    }

    double score(String name, Map<String, String> params) {
      return find(name, params).map(Result::score).orElse(Double.NaN);
    }
  }

  private PerformanceReport() {}

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    Path docs = Path.of(args[1]);
    Path findings = Path.of(args[2]);
    Path charts = Files.createDirectories(docs.resolve("performance"));
    Run java17 =
        load(results, "java17")
            .orElseThrow(() -> new IllegalStateException("no java17 results in " + results));
    Optional<Run> java25 = load(results, "java25");

    StringBuilder md = new StringBuilder();
    md.append("# Performance\n\n")
        .append("Written by `benchmarks/run` from the JMH results of one run on one machine; ")
        .append("the ratios against a baseline of the same run are what count. ")
        .append("Analysis and the reasons for any missed target: [Findings](#findings).\n\n");
    Map<String, Double> processorOwn = new LinkedHashMap<>();
    for (String n : CORPUS_SIZES) {
      Path own = results.resolve("processor-own-" + n + ".txt");
      if (Files.exists(own)) {
        processorOwn.put(
            n, Double.parseDouble(Files.readString(own, StandardCharsets.UTF_8).trim()));
      }
    }
    callOverhead(md, java17, charts);
    contextCost(md, java17);
    fanOut(md, java17, charts);
    java25.ifPresent(run -> fanOut(md, run, charts));
    gather(md, java17, charts);
    compileCost(md, java17, processorOwn, charts);
    targets(md, java17, java25, processorOwn);
    md.append("## Findings\n\n")
        .append(Files.readString(findings, StandardCharsets.UTF_8).trim())
        .append('\n');
    Files.writeString(docs.resolve("performance.md"), md.toString(), StandardCharsets.UTF_8);
  }

  private static Optional<Run> load(Path results, String label) throws IOException {
    Path csv = results.resolve("jmh-" + label + ".csv");
    if (!Files.exists(csv)) {
      return Optional.empty();
    }
    String environment =
        Files.readString(results.resolve("env-" + label + ".txt"), StandardCharsets.UTF_8).trim();
    return Optional.of(
        new Run(label, environment, parse(Files.readAllLines(csv, StandardCharsets.UTF_8))));
  }

  /**
   * The results of one JMH CSV file, read by column name, so that a JMH that orders or adds columns
   * otherwise is read right: {@code Benchmark}, {@code Score}, {@code Score Error (99.9%)}, {@code
   * Unit}, and a {@code Param: name} column per parameter. A row {@code name:metric} is a secondary
   * result of the row {@code name} with the same parameters.
   */
  static List<Result> parse(List<String> lines) {
    List<String> header = fields(lines.get(0));
    int benchmarkColumn = column(header, "Benchmark");
    int scoreColumn = column(header, "Score");
    int errorColumn = column(header, "Score Error (99.9%)");
    int unitColumn = column(header, "Unit");
    Map<Integer, String> paramColumns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).startsWith(PARAM_PREFIX)) {
        paramColumns.put(i, header.get(i).substring(PARAM_PREFIX.length()));
      }
    }
    Map<String, Result> primary = new LinkedHashMap<>();
    List<List<String>> secondaryRows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> row = fields(line);
      String benchmark = row.get(benchmarkColumn).substring(PACKAGE.length());
      if (benchmark.contains(":")) {
        secondaryRows.add(row);
        continue;
      }
      Map<String, String> params = params(row, paramColumns);
      Result result =
          new Result(
              benchmark,
              params,
              number(row.get(scoreColumn)),
              number(row.get(errorColumn)),
              row.get(unitColumn),
              new HashMap<>());
      primary.put(key(benchmark, params), result);
    }
    for (List<String> row : secondaryRows) {
      String[] nameAndMetric = row.get(benchmarkColumn).substring(PACKAGE.length()).split(":", 2);
      Result owner = primary.get(key(nameAndMetric[0], params(row, paramColumns)));
      if (owner != null) {
        owner.secondary().put(nameAndMetric[1].replace("·", ""), number(row.get(scoreColumn)));
      }
    }
    return new ArrayList<>(primary.values());
  }

  private static final String PARAM_PREFIX = "Param: ";

  private static int column(List<String> header, String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column \"" + name + "\" in the JMH CSV: " + header);
    }
    return index;
  }

  private static Map<String, String> params(List<String> row, Map<Integer, String> paramColumns) {
    Map<String, String> params = new TreeMap<>();
    paramColumns.forEach(
        (index, name) -> {
          if (index < row.size() && !row.get(index).isEmpty()) {
            params.put(name, row.get(index));
          }
        });
    return params;
  }

  private static String key(String benchmark, Map<String, String> params) {
    return benchmark + params;
  }

  private static double number(String text) {
    return text.isEmpty() || text.equals("NaN") ? Double.NaN : Double.parseDouble(text);
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    fields.add(current.toString());
    return fields;
  }

  // Scenario 1.

  private static final Map<String, String> CALL_METHODS =
      orderedMap(
          "CallOverheadBenchmark.facade", "asyncify facade",
          "CallOverheadBenchmark.facadeWithRetry", "facade with @Retry",
          "CallOverheadBenchmark.handWritten", "hand-written supplyAsync",
          "CallOverheadBenchmark.reflectiveProxy", "reflective Proxy",
          "CallOverheadBenchmark.springAsync", "Spring @Async");

  private static void callOverhead(StringBuilder md, Run run, Path charts) {
    md.append("## 1. Call overhead\n\n")
        .append(run.environment())
        .append("\n\n")
        .append(
            "One call through each, with an executor that runs the task on the calling thread, so that ")
        .append(
            "only the dispatch is measured. `throws`: the delegate throws a preallocated exception. ")
        .append("Average time (± 99.9% error) and bytes allocated per call (`-prof gc`).\n\n");
    md.append("| path |");
    CALL_METHODS.values().forEach(label -> md.append(' ').append(label).append(" |"));
    md.append(" facade ÷ hand-written |\n|---|");
    CALL_METHODS.values().forEach(label -> md.append("---|"));
    md.append("---|\n");
    double[][] chart = new double[CALL_METHODS.size()][2];
    List<String> outcomes = List.of("returns", "throws");
    for (int o = 0; o < outcomes.size(); o++) {
      String outcome = outcomes.get(o);
      Map<String, String> params = Map.of("outcome", outcome);
      md.append("| ").append(outcome).append(", ns/call |");
      int m = 0;
      for (String method : CALL_METHODS.keySet()) {
        Optional<Result> result = run.find(method, params);
        md.append(' ')
            .append(
                result
                    .map(r -> String.format(Locale.ROOT, "%.1f ± %.1f", r.score(), r.error()))
                    .orElse("–"))
            .append(" |");
        chart[m++][o] = result.map(Result::score).orElse(Double.NaN);
      }
      md.append(' ')
          .append(
              ratio(
                  run.score("CallOverheadBenchmark.facade", params),
                  run.score("CallOverheadBenchmark.handWritten", params)))
          .append(" |\n");
      md.append("| ").append(outcome).append(", B/call |");
      for (String method : CALL_METHODS.keySet()) {
        md.append(' ').append(run.find(method, params).map(r -> bytes(r)).orElse("–")).append(" |");
      }
      md.append(' ')
          .append(
              ratio(
                  allocated(run, "CallOverheadBenchmark.facade", params),
                  allocated(run, "CallOverheadBenchmark.handWritten", params)))
          .append(" |\n");
    }
    md.append("\n![Call overhead](performance/call-overhead.png)\n\n");
    draw(
        charts.resolve("call-overhead.png"),
        "Call overhead, ns per call (log scale), " + run.label(),
        "ns per call",
        outcomes,
        List.copyOf(CALL_METHODS.values()),
        chart,
        true);
  }

  private static void contextCost(StringBuilder md, Run run) {
    md.append("## 1b. The price of context and of caller traces\n\n")
        .append(run.environment())
        .append("\n\n")
        .append(
            "One facade call as in the table above (`returns`), with N ThreadLocals registered as ")
        .append(
            "context carriers (captured on the calling thread, restored and reset around the call), and ")
        .append("in a JVM started with `-Dasyncify.callerTraces=true`.\n\n")
        .append("| setting | ns/call | B/call |\n|---|---|---|\n");
    for (String carriers : List.of("0", "1", "4")) {
      Optional<Result> result =
          run.find("ContextCostBenchmark.carriers", Map.of("carriers", carriers));
      md.append("| ")
          .append(carriers)
          .append(carriers.equals("1") ? " carrier" : " carriers")
          .append(" | ")
          .append(
              result
                  .map(r -> String.format(Locale.ROOT, "%.1f ± %.1f", r.score(), r.error()))
                  .orElse("not run"))
          .append(" | ")
          .append(result.map(PerformanceReport::bytes).orElse("–"))
          .append(" |\n");
    }
    Optional<Result> traced = run.find("ContextCostBenchmark.callerTraces", Map.of());
    md.append("| caller traces on | ")
        .append(
            traced
                .map(r -> String.format(Locale.ROOT, "%.1f ± %.1f", r.score(), r.error()))
                .orElse("not run"))
        .append(" | ")
        .append(traced.map(PerformanceReport::bytes).orElse("–"))
        .append(" |\n\n");
  }

  private static double allocated(Run run, String name, Map<String, String> params) {
    return run.find(name, params)
        .map(r -> r.secondary().getOrDefault("gc.alloc.rate.norm", Double.NaN))
        .orElse(Double.NaN);
  }

  private static String bytes(Result result) {
    Double norm = result.secondary().get("gc.alloc.rate.norm");
    return norm == null ? "–" : String.format(Locale.ROOT, "%.0f", norm);
  }

  // Scenario 2.

  /** A fan-out strategy: its benchmark, the parameters that pick it, and its label. */
  private record Strategy(String benchmark, Map<String, String> params, String label) {}

  private static final String HAND_WRITTEN = "HandWrittenFanOutBenchmark.supplyAsync";
  private static final String FACADE_FAN_OUT = "FanOutBenchmark.asyncifyDefaultExecutor";

  private static final Strategy FACADE =
      new Strategy(FACADE_FAN_OUT, Map.of(), "asyncify facade, default executor");

  /** What a user could write by hand for blocking calls: the facade is held to the better one. */
  private static final List<Strategy> HAND_WRITTEN_BEST =
      List.of(
          new Strategy(
              HAND_WRITTEN, Map.of("executor", "virtualThreads"), "hand-written virtual threads"),
          new Strategy(
              HAND_WRITTEN, Map.of("executor", "cachedPool"), "hand-written cached daemon pool"));

  private static final List<Strategy> FAN_OUT_STRATEGIES =
      List.of(
          FACADE,
          HAND_WRITTEN_BEST.get(0),
          HAND_WRITTEN_BEST.get(1),
          new Strategy(
              "BoundedFanOutBenchmark.supplyAsyncDefault", Map.of(), "supplyAsync, no executor"),
          new Strategy(
              "BoundedFanOutBenchmark.forkJoinCommonPool",
              Map.of(),
              "ForkJoinPool.commonPool() itself"),
          new Strategy("BoundedFanOutBenchmark.poolOfEight", Map.of(), "pool of 8 threads"));

  /** The wall time of {@code strategy} for {@code calls} calls, in ms; NaN if it did not run. */
  private static double fanOutMillis(Run run, Strategy strategy, String calls) {
    Map<String, String> params = new HashMap<>(strategy.params());
    params.put("calls", calls);
    return run.score(strategy.benchmark(), params);
  }

  private static void fanOut(StringBuilder md, Run run, Path charts) {
    md.append("## 2. Fan-out, ")
        .append(run.label())
        .append("\n\n")
        .append(run.environment())
        .append("\n\n")
        .append(
            "N concurrent blocking calls of 20 ms each, started then all awaited. Each cell: wall time ")
        .append(
            "over the 20 ms floor (1.00× is perfect), and the wall time. `not run`: 10,000 calls ")
        .append(
            "on a bounded pool take N × 20 ms ÷ pool size (200 s on this machine's common pool, 25 s ")
        .append(
            "on 8 threads), or virtual threads before Java 21. The default executor is a cached pool of ")
        .append("daemon threads on Java 17 and a virtual thread per task on 21 and later.\n\n");
    sizeHeader(md, "strategy", FAN_OUT_CALLS);
    double[][] chart = new double[FAN_OUT_STRATEGIES.size()][FAN_OUT_CALLS.size()];
    int m = 0;
    for (Strategy strategy : FAN_OUT_STRATEGIES) {
      md.append("| ").append(strategy.label()).append(" |");
      for (int c = 0; c < FAN_OUT_CALLS.size(); c++) {
        double millis = fanOutMillis(run, strategy, FAN_OUT_CALLS.get(c));
        chart[m][c] = millis / FLOOR_MILLIS;
        md.append(
            Double.isNaN(millis)
                ? " not run |"
                : String.format(Locale.ROOT, " %.2f× (%,.0f ms) |", millis / FLOOR_MILLIS, millis));
      }
      md.append('\n');
      m++;
    }
    String file = "fan-out-" + run.label() + ".png";
    md.append("\n![Fan-out on ")
        .append(run.label())
        .append("](performance/")
        .append(file)
        .append(")\n\n");
    draw(
        charts.resolve(file),
        "Fan-out: wall time over the 20 ms floor (log scale), " + run.label(),
        "× floor",
        FAN_OUT_CALLS.stream().map(n -> "N = " + n).toList(),
        FAN_OUT_STRATEGIES.stream().map(Strategy::label).toList(),
        chart,
        true);
  }

  // Scenario 3.

  private static final Map<String, String> GATHER_METHODS =
      orderedMap(
          "GatherBenchmark.asyncifyGather", "Tasks.gather",
          "GatherBenchmark.allOfThenJoin", "allOf, then join each",
          "GatherBenchmark.guavaAllAsList", "Guava Futures.allAsList");

  private static void gather(StringBuilder md, Run run, Path charts) {
    md.append("## 3. gather of completed futures\n\n")
        .append(run.environment())
        .append("\n\n")
        .append("Gathering N futures that are already complete into a future of their list. ")
        .append(
            "Nanoseconds per future (average time per gather ÷ N). `one failed`: the last input failed.\n\n");
    sizeHeader(md, "method", GATHER_INPUTS);
    double[][] chart = new double[GATHER_METHODS.size()][GATHER_INPUTS.size()];
    for (String failure : List.of("none", "last")) {
      int m = 0;
      for (Map.Entry<String, String> method : GATHER_METHODS.entrySet()) {
        md.append("| ")
            .append(method.getValue())
            .append(failure.equals("last") ? ", one failed" : "")
            .append(" |");
        for (int n = 0; n < GATHER_INPUTS.size(); n++) {
          double perFuture = nanosPerFuture(run, method.getKey(), failure, GATHER_INPUTS.get(n));
          if (failure.equals("none")) {
            chart[m][n] = perFuture;
          }
          md.append(
              Double.isNaN(perFuture) ? " – |" : String.format(Locale.ROOT, " %.1f |", perFuture));
        }
        md.append('\n');
        m++;
      }
    }
    md.append("| Tasks.gather ÷ allOf |");
    for (String n : GATHER_INPUTS) {
      md.append(' ')
          .append(
              ratio(
                  nanosPerFuture(run, "GatherBenchmark.asyncifyGather", "none", n),
                  nanosPerFuture(run, "GatherBenchmark.allOfThenJoin", "none", n)))
          .append(" |");
    }
    md.append("\n\n![gather](performance/gather.png)\n\n");
    draw(
        charts.resolve("gather.png"),
        "gather: ns per future, none failed (log scale), " + run.label(),
        "ns per future",
        GATHER_INPUTS.stream().map(n -> "N = " + n).toList(),
        List.copyOf(GATHER_METHODS.values()),
        chart,
        true);
  }

  private static double nanosPerFuture(Run run, String method, String failure, String inputs) {
    return run.score(method, Map.of("failure", failure, "inputs", inputs))
        * 1000
        / Double.parseDouble(inputs);
  }

  // Scenario 4.

  private static void compileCost(
      StringBuilder md, Run run, Map<String, Double> processorOwn, Path charts) {
    md.append("## 4. Compile cost\n\n")
        .append(run.environment())
        .append("\n\n")
        .append(
            "javac, in-process, over N `@Async` interfaces of 10 methods each: with the processor writing the ")
        .append(
            "facades, and with `-proc:none` over the same interfaces plus the facades already written. ")
        .append(
            "The last column is the processor's own time, measured inside those javac runs by a wrapper ")
        .append(
            "around its `init` and `process` (what it asks javac for included); the difference of the two ")
        .append("wall times also holds javac's extra round and is within this machine's noise.\n\n")
        .append(
            "| N | with the processor | facades already written | processor's own time, per interface |\n|---|---|---|---|\n");
    double[][] chart = new double[2][CORPUS_SIZES.size()];
    for (int i = 0; i < CORPUS_SIZES.size(); i++) {
      String n = CORPUS_SIZES.get(i);
      double with = run.score("CompileCostBenchmark.withProcessor", Map.of("interfaces", n));
      double without =
          run.score("CompileCostBenchmark.facadesWrittenNoProcessor", Map.of("interfaces", n));
      chart[0][i] = with / Double.parseDouble(n);
      chart[1][i] = without / Double.parseDouble(n);
      Double own = processorOwn.get(n);
      md.append(
          String.format(
              Locale.ROOT,
              "| %,d | %,.0f ms | %,.0f ms | %s |%n",
              Integer.parseInt(n),
              with,
              without,
              own == null ? "not run" : String.format(Locale.ROOT, "%.2f ms", own)));
    }
    md.append("\n![Compile cost](performance/compile.png)\n\n");
    draw(
        charts.resolve("compile.png"),
        "javac time per interface, " + run.label(),
        "ms per interface",
        CORPUS_SIZES.stream().map(n -> "N = " + n).toList(),
        List.of("with the processor", "facades already written, -proc:none"),
        chart,
        false);
  }

  // Targets.

  private static void targets(
      StringBuilder md, Run java17, Optional<Run> java25, Map<String, Double> processorOwn) {
    md.append("## Targets\n\n| target | measured | met |\n|---|---|---|\n");
    for (String outcome : List.of("returns", "throws")) {
      Map<String, String> params = Map.of("outcome", outcome);
      double facade = java17.score("CallOverheadBenchmark.facade", params);
      double hand = java17.score("CallOverheadBenchmark.handWritten", params);
      target(
          md,
          "facade within 5% of hand-written, " + outcome,
          String.format(Locale.ROOT, "%.1f vs %.1f ns (%s)", facade, hand, ratio(facade, hand)),
          facade <= hand * 1.05);
      double facadeBytes = allocated(java17, "CallOverheadBenchmark.facade", params);
      double handBytes = allocated(java17, "CallOverheadBenchmark.handWritten", params);
      target(
          md,
          "facade allocates no more than hand-written, " + outcome,
          String.format(Locale.ROOT, "%.0f vs %.0f B", facadeBytes, handBytes),
          Math.round(facadeBytes) <= Math.round(handBytes));
      double proxy = java17.score("CallOverheadBenchmark.reflectiveProxy", params);
      double spring = java17.score("CallOverheadBenchmark.springAsync", params);
      target(
          md,
          "facade ahead of the Proxy and Spring @Async, " + outcome,
          String.format(Locale.ROOT, "%.1f vs %.1f and %.1f ns", facade, proxy, spring),
          facade < proxy && facade < spring);
    }
    for (Run run : java25.isPresent() ? List.of(java17, java25.get()) : List.of(java17)) {
      for (String calls : List.of("100", "1000", "10000")) {
        double facade = fanOutMillis(run, FACADE, calls);
        double best =
            HAND_WRITTEN_BEST.stream()
                .mapToDouble(strategy -> fanOutMillis(run, strategy, calls))
                .filter(millis -> !Double.isNaN(millis))
                .min()
                .orElse(Double.NaN);
        target(
            md,
            String.format(
                Locale.ROOT,
                "fan-out of %,d within 1.10× the best hand-written executor, %s",
                Integer.parseInt(calls),
                run.label()),
            String.format(Locale.ROOT, "%,.0f vs %,.0f ms (%s)", facade, best, ratio(facade, best)),
            facade <= best * 1.10);
      }
    }
    // Linear: at a million every method pays for memory, so gather is held to allOf's cost there.
    double tenThousand = nanosPerFuture(java17, "GatherBenchmark.asyncifyGather", "none", "10000");
    double million = nanosPerFuture(java17, "GatherBenchmark.asyncifyGather", "none", "1000000");
    double allOfMillion =
        nanosPerFuture(java17, "GatherBenchmark.allOfThenJoin", "none", "1000000");
    target(
        md,
        "gather linear, no stack overflow at a million",
        String.format(
            Locale.ROOT,
            "%.1f ns/future at 10,000, %.1f at 1,000,000 (allOf: %.1f)",
            tenThousand,
            million,
            allOfMillion),
        !Double.isNaN(million) && million <= allOfMillion);
    boolean noSlower = true;
    StringBuilder ratios = new StringBuilder();
    for (String n : GATHER_INPUTS) {
      double ours = nanosPerFuture(java17, "GatherBenchmark.asyncifyGather", "none", n);
      double allOf = nanosPerFuture(java17, "GatherBenchmark.allOfThenJoin", "none", n);
      noSlower &= ours <= allOf * 1.05;
      ratios.append(ratios.length() == 0 ? "" : ", ").append(ratio(ours, allOf));
    }
    target(
        md,
        "gather no slower per future than allOf (N = 4 … 1,000,000)",
        ratios.toString(),
        noSlower);
    double perInterface = processorOwn.getOrDefault("1000", Double.NaN);
    double atHundred = processorOwn.getOrDefault("100", Double.NaN);
    target(
        md,
        "at most 1 ms of processor time per interface (N = 1,000)",
        String.format(Locale.ROOT, "%.2f ms", perInterface),
        perInterface <= 1);
    target(
        md,
        "processor time per interface does not grow with N (100 → 1,000)",
        String.format(Locale.ROOT, "%.2f → %.2f ms", atHundred, perInterface),
        perInterface <= atHundred * 1.10);
    md.append('\n');
  }

  /** A table header: the first column, then one column per value of {@code sizes}, "N = …". */
  private static void sizeHeader(StringBuilder md, String first, List<String> sizes) {
    md.append("| ").append(first).append(" |");
    sizes.forEach(
        n ->
            md.append(" N = ")
                .append(String.format(Locale.ROOT, "%,d", Integer.parseInt(n)))
                .append(" |"));
    md.append("\n|---|");
    sizes.forEach(n -> md.append("---|"));
    md.append('\n');
  }

  private static void target(StringBuilder md, String target, String measured, boolean met) {
    md.append("| ")
        .append(target)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(met ? "yes" : "**no**")
        .append(" |\n");
  }

  private static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) ? "–" : String.format(Locale.ROOT, "%.2f×", a / b);
  }

  private static void draw(
      Path file,
      String title,
      String yLabel,
      List<String> groups,
      List<String> series,
      double[][] values,
      boolean log) {
    try {
      BarChart.save(file, title, yLabel, groups, series, values, log);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
