package docs;

import dev.asyncify.runtime.FacadeSupport;
import dev.asyncify.runtime.Tasks;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Asynchronous facade of {@link Names}: each method starts the blocking call on an
 * executor and returns at once a {@link java.util.concurrent.CompletableFuture CompletableFuture} of its result.
 *
 * <p>A future completes with what the call returns, or exceptionally with exactly what it
 * threw. {@code cancel(true)} interrupts a running call; a call cancelled before it starts
 * never runs. Get one with {@link #of(Names)} or {@link #of(Names, Executor)}.
 */
@Generated(
    value = "dev.asyncify.processor.AsyncProcessor",
    comments = "A facade written by asyncify; do not edit. What it does: \"What the processor writes\" in the asyncify README"
)
public interface NamesAsync {
  /**
   * Stores {@code value}.
   *
   * <p>Starts {@link docs.Names#write(java.lang.String, java.lang.String) Names.write(String, String)} on the facade's executor.
   *
   * @param key the key
   * @param value the value; blank is fine
   * @return a future that completes with null when it returns
   * @deprecated use {@code read(String)}
   */
  @Deprecated
  CompletableFuture<Void> write(String key, @Nullable String value);

  /**
   * Starts {@link docs.Names#first(java.lang.CharSequence[]) Names.first(CharSequence[])} on the facade's executor.
   *
   * @return a future of its result
   */
  @SuppressWarnings("unchecked")
  <T extends @Nullable CharSequence> CompletableFuture<T> first(T... candidates);

  /**
   * Reads the value stored under {@code key}, which costs $1 a call. Keys are
   * listed by entries, kept in a map
   * of {@code List}s, not in {@code Nowhere} nor gone ones.
   *
   * <pre>{@code
   * @Nullable V value = store.read("k");
   * }</pre>
   *
   * <p>Starts {@link docs.Store#read(java.lang.String) Store.read(String)} on the facade's executor.
   * The future completes exceptionally with what the call throws:
   *
   * <ul>
   *   <li>{@code IOException} if the disk fails
   *   <li>{@code IllegalStateException} if the store
   *     is closed
   * </ul>
   *
   * @param key the key, or {@code null} for the default one
   * @return a future that completes with the value, or {@code null} when there is none
   * @see <a href="https://example.com/store">the store</a>
   * @since 2.1
   */
  CompletableFuture<@Nullable String> read(@Nullable String key);

  /**
   * Every entry, each value maybe absent.
   *
   * <p>Starts {@link docs.Store#entries(java.lang.String[]) Store.entries(String[])} on the facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<List<Map. @Nullable Entry<String, @Nullable String>>> entries(
      String @Nullable [] keys);

  /**
   * Returns a facade that runs the calls of {@code delegate} on {@link Tasks#defaultExecutor()}:
   * a virtual thread per call on Java 21 and later, else a shared pool of daemon threads.
   *
   * @param delegate the blocking implementation to call
   * @return a facade of {@code delegate}
   * @throws NullPointerException if {@code delegate} is null
   */
  static NamesAsync of(Names delegate) {
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
  static NamesAsync of(Names delegate, Executor executor) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(executor, "executor");
    return new NamesAsync() {
      @Override
      @Deprecated
      public CompletableFuture<Void> write(String key, @Nullable String value) {
        return new FacadeSupport.Call<Void>() {
          @Override
          protected Object call() throws Exception {
            delegate.write(key, value);
            return null;
          }
        }.startOn(executor);
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T extends @Nullable CharSequence> CompletableFuture<T> first(T... candidates) {
        return new FacadeSupport.Call<T>() {
          @Override
          protected Object call() throws Exception {
            return delegate.<T>first(candidates);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<@Nullable String> read(@Nullable String key) {
        return new FacadeSupport.Call<@Nullable String>() {
          @Override
          protected Object call() throws Exception {
            return delegate.read(key);
          }
        }.startOn(executor);
      }

      @Override
      public CompletableFuture<List<Map. @Nullable Entry<String, @Nullable String>>> entries(
          String @Nullable [] keys) {
        return new FacadeSupport.Call<List<Map. @Nullable Entry<String, @Nullable String>>>() {
          @Override
          protected Object call() throws Exception {
            return delegate.entries(keys);
          }
        }.startOn(executor);
      }

      @Override
      public String toString() {
        return "NamesAsync[delegate=" + delegate + ", executor=" + executor + "]";
      }
    };
  }
}
