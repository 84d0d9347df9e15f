package dev.asyncify.example;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link ReportStore} in a directory, a file per customer. */
public final class FileReportStore implements ReportStore {

  private final Path directory;

  public FileReportStore(Path directory) {
    this.directory = directory;
  }

  @Override
  public Path save(Report report) throws IOException {
    Path file = directory.resolve("customer-" + report.customer().id() + ".txt");
    return Files.writeString(file, report.text(), StandardCharsets.UTF_8);
  }

  @Override
  public String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
