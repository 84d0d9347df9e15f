package dev.asyncify.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The simple names of the top-level types of packages, read once per package and round: a package
 * may hold a thousand facades, and asking javac for a missing type by name searches the class path
 * every time.
 */
final class PackageTypes {

  private final Elements elements;
  private final Map<String, Set<String>> names = new HashMap<>();
  private final Map<String, SortedSet<String>> javaLangShadowed = new HashMap<>();
  private Set<String> javaLang;

  PackageTypes(Elements elements) {
    this.elements = elements;
  }

  /** Forgets what it read: a new round may have added types to the packages. */
  void startRound() {
    names.clear();
    javaLangShadowed.clear();
  }

  /** The simple names of the top-level types of {@code packageName}; none if it does not exist. */
  Set<String> in(String packageName) {
    return names.computeIfAbsent(
        packageName,
        name -> {
          PackageElement element = elements.getPackageElement(name);
          return element == null ? Set.of() : namesIn(element);
        });
  }

  /** Those of {@code java.lang}, which do not change during a compilation. */
  Set<String> javaLang() {
    if (javaLang == null) {
      // Through Object: ecj finds no package element for "java.lang" by name.
      javaLang = namesIn(elements.getPackageOf(elements.getTypeElement("java.lang.Object")));
    }
    return javaLang;
  }

  /**
   * The names {@code packageName} shares with {@code java.lang}: there, an unqualified {@code
   * Override} or {@code Integer} means the package's own type.
   */
  SortedSet<String> javaLangShadowedIn(String packageName) {
    return javaLangShadowed.computeIfAbsent(
        packageName,
        name -> {
          TreeSet<String> shadowed = new TreeSet<>();
          in(name).stream().filter(javaLang()::contains).forEach(shadowed::add);
          return shadowed;
        });
  }

  private static Set<String> namesIn(PackageElement packageElement) {
    Set<String> simpleNames = new HashSet<>();
    ElementFilter.typesIn(packageElement.getEnclosedElements())
        .forEach(type -> simpleNames.add(type.getSimpleName().toString()));
    return simpleNames;
  }
}
