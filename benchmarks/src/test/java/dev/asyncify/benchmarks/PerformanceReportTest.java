package dev.asyncify.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.asyncify.benchmarks.PerformanceReport.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerformanceReportTest {

  @Test
  void readsJmhColumnsByNameWhateverTheirOrder() {
    List<Result> results =
        PerformanceReport.parse(
            List.of(
                "\"Unit\",\"Param: outcome\",\"Benchmark\",\"Mode\",\"Score Error (99.9%)\",\"Threads\",\"Samples\",\"Score\",\"Param: size\"",
                "\"ns/op\",returns,\"dev.asyncify.benchmarks.CallOverheadBenchmark.facade\",\"avgt\",0.8,1,5,25.7,",
                "\"B/op\",returns,\"dev.asyncify.benchmarks.CallOverheadBenchmark.facade:·gc.alloc.rate.norm\",\"avgt\",0.001,1,5,64.0,",
                "\"ms/op\",,\"dev.asyncify.benchmarks.Other.run\",\"avgt\",NaN,1,1,\"1234.5\",10"));

    assertEquals(2, results.size());
    Result facade = results.get(0);
    assertEquals("CallOverheadBenchmark.facade", facade.name());
    assertEquals(Map.of("outcome", "returns"), facade.params());
    assertEquals(25.7, facade.score());
    assertEquals(0.8, facade.error());
    assertEquals("ns/op", facade.unit());
    assertEquals(Map.of("gc.alloc.rate.norm", 64.0), facade.secondary());
    Result other = results.get(1);
    assertEquals(Map.of("size", "10"), other.params());
    assertEquals(1234.5, other.score());
    assertEquals(Double.NaN, other.error());
  }

  @Test
  void aCsvWithoutAScoreColumnIsRefusedByName() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PerformanceReport.parse(
                    List.of(
                        "\"Benchmark\",\"Unit\"", "\"dev.asyncify.benchmarks.X.y\",\"ns/op\"")));

    assertEquals("no column \"Score\" in the JMH CSV: [Benchmark, Unit]", refused.getMessage());
  }
}
