package weather;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Scheduler;
import dev.asyncify.runtime.Tasks;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Forecasts}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Forecasts)} or {@link #of(Forecasts, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface ForecastsAsync {
  /**
   * Starts {@link weather.Forecasts#forecast(java.lang.String) Forecasts.forecast(String)} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<String> forecast(String city);

  /**
   * Starts {@link weather.Forecasts#refresh() Forecasts.refresh()} on the facade's executor.
   *
   * @return a future that completes with null when it returns
   */
  CompletableFuture<Void> refresh();

  /**
   * Starts {@link weather.Forecasts#cities() Forecasts.cities()} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Integer> cities();

  /**
   * Starts {@link weather.Forecasts#alerts(java.lang.String) Forecasts.alerts(String)} on the facade's executor.
   *
   * @return a future that completes as the stage it returns
   */
  CompletableFuture<String> alerts(String city);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static ForecastsAsync of(Forecasts delegate) {
    return of(delegate, Tasks.defaultExecutor());
  }

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@code executor}.
   *
   * @param delegate the blocking implementation to call
   * @param executor where the calls run
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} or {@code executor} is null
   */
  static ForecastsAsync of(Forecasts delegate, Executor executor) {
    return of(delegate, executor, Scheduler.system());
  }

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@code executor}, and times
   * their timeouts and the waits between their attempts on {@code scheduler}.
   *
   * @param delegate the blocking implementation to call
   * @param executor where the calls run
   * @param scheduler where timeouts and waits are timed
   * @return a facade of {@code delegate}
   * @throws NullPointerException if an argument is null
   */
  static ForecastsAsync of(Forecasts delegate, Executor executor, Scheduler scheduler) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(scheduler, "scheduler");
    return new ForecastsAsync() {
      private final FacadeSupport.Limiter limiter = new FacadeSupport.Limiter(4);

      private final FacadeSupport.Policy forecastPolicy = FacadeSupport.Policy.builder(scheduler)
          .timeout(Duration.ofMillis(2000))
          .retry(3, Duration.ofMillis(100), 2.0)
          .retryOn(IOException.class)
          .abortOn(FileNotFoundException.class)
          .limit(limiter)
          .build();

      private final FacadeSupport.Policy refreshPolicy = FacadeSupport.Policy.builder(scheduler)
          .limit(new FacadeSupport.Limiter(1))
          .build();

      private final FacadeSupport.Policy citiesPolicy = FacadeSupport.Policy.builder(scheduler)
          .limit(limiter)
          .build();

      private final FacadeSupport.Policy alertsPolicy = FacadeSupport.Policy.builder(scheduler)
          .timeout(Duration.ofMillis(500))
          .build();

      @Override
      public CompletableFuture<String> forecast(String city) {
        return this.forecastPolicy.call(() -> new FacadeSupport.Call<String>() {
          @Override
          protected Object call() throws Exception {
            return delegate.forecast(city);
          }
        }, executor);
      }

      @Override
      public CompletableFuture<Void> refresh() {
        return this.refreshPolicy.call(() -> new FacadeSupport.Call<Void>() {
          @Override
          protected Object call() throws Exception {
            delegate.refresh();
            return null;
          }
        }, executor);
      }

      @Override
      public CompletableFuture<Integer> cities() {
        return this.citiesPolicy.call(() -> new FacadeSupport.Call<Integer>() {
          @Override
          protected Object call() throws Exception {
            return delegate.cities();
          }
        }, executor);
      }

      @Override
      public CompletableFuture<String> alerts(String city) {
        return this.alertsPolicy.call(() -> new FacadeSupport.StageCall<String>() {
          @Override
          protected CompletionStage<?> call() throws Exception {
            return delegate.alerts(city);
          }
        }, executor);
      }

      @Override
      public String toString() {
        return "ForecastsAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
