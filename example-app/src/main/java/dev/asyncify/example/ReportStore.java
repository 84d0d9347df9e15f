package dev.asyncify.example;

import dev.asyncify.Async;
import java.io.IOException;
import java.nio.file.Path;

/** Where reports are kept. Blocking: each call is file I/O. */
@Async
public interface ReportStore {

  /** Writes the report to its file and returns the file. */
  Path save(Report report) throws IOException;

  /** The text of a report file. */
  String read(Path file) throws IOException;
}
