package dev.asyncify.runtime;

import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The stack of the place that spawned a task, added as a suppressed exception to the task's
 * failure, so that a log shows who made the call and not only the worker's stack. Off by default,
 * since filling in a stack costs microseconds on every call; on with the system property {@value
 * #PROPERTY}{@code =true}, read once at startup.
 */
final class CallerTrace extends Exception {

  static final String PROPERTY = "asyncify.callerTraces";

  private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
  private static final long serialVersionUID = 1L;

  /** The runtime's frames between the caller and this constructor. */
  private static final Set<String> SPAWNING_CLASSES =
      Set.of(
          CallerTrace.class.getName(),
          ContextSnapshot.class.getName(),
          TaskFuture.class.getName(),
          TaskFuture.CallableTask.class.getName(),
          TaskFuture.StageTask.class.getName(),
          TaskFuture.CallableStageTask.class.getName(),
          FacadeSupport.Call.class.getName(),
          FacadeSupport.StageCall.class.getName(),
          Tasks.class.getName(),
          TaskGroup.class.getName());

  private CallerTrace(String thread) {
    super("the task was spawned here, on thread " + thread);
    // Start the trace at the caller: drop the runtime's own frames on top, and the constructor of
    // a generated facade call, which follows the constructors of the runtime's.
    StackTraceElement[] stack = getStackTrace();
    int first = 0;
    while (first < stack.length
        && (SPAWNING_CLASSES.contains(stack[first].getClassName())
            || (first > 0 && isConstructor(stack[first]) && isConstructor(stack[first - 1])))) {
      first++;
    }
    setStackTrace(Arrays.copyOfRange(stack, first, stack.length));
  }

  private static boolean isConstructor(StackTraceElement frame) {
    return frame.getMethodName().equals("<init>");
  }

  /** The caller's stack when caller traces are on, else null. */
  static @Nullable CallerTrace captureIfEnabled() {
    return ENABLED ? new CallerTrace(Thread.currentThread().getName()) : null;
  }
}
