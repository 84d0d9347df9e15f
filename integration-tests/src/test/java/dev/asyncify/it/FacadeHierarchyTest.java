package dev.asyncify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asyncify.runtime.Tasks;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A facade is its parents' facade too: code written against the parent's takes it. */
class FacadeHierarchyTest {

  /** Code written against the parent's facade. */
  private static String firstLine(Hierarchy_LinesAsync lines) throws IOException {
    return Tasks.await(lines.line(1), IOException.class);
  }

  /** Code written against a generic parent's facade. */
  private static <T> T findOne(Hierarchy_RepoAsync<T, Long> repo) throws IOException {
    return Tasks.await(repo.find(1L), IOException.class);
  }

  @Test
  void aChildFacadeGoesWhereItsParentsFacadeIsExpected() throws IOException {
    Hierarchy.Files files =
        new Hierarchy.Files() {
          @Override
          public String line(int number) {
            return "line " + number;
          }

          @Override
          public List<String> names() {
            return List.of("a.txt");
          }
        };
    FileStoreAsync facade = FileStoreAsync.of(files, Runnable::run);

    assertEquals("line 1", firstLine(facade));
    assertEquals(List.of("a.txt"), facade.names().join());
  }

  @Test
  void aChildOfAGenericParentIsItsFacadeWithTheTypeArguments() throws IOException {
    Services.User ada = new Services.User(1, "ada");
    Hierarchy_UserRepoAsync users = Hierarchy_UserRepoAsync.of(id -> ada, Runnable::run);

    assertSame(ada, findOne(users));
  }

  @Test
  void aFailureThroughTheParentsViewIsTheExceptionThrown() {
    IOException unreadable = new IOException("unreadable");
    Hierarchy_LinesAsync lines =
        FileStoreAsync.of(
            new Hierarchy.Files() {
              @Override
              public String line(int number) throws IOException {
                throw unreadable;
              }

              @Override
              public List<String> names() {
                return List.of();
              }
            },
            Runnable::run);

    CompletableFuture<String> line = lines.line(1);

    assertSame(unreadable, line.handle((value, failure) -> failure).join());
  }
}
