package dev.asyncify.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.Collections;
import javax.lang.model.element.Modifier;

/**
 * Writes, next to a facade, the Spring {@code @Configuration} that makes it a bean for each bean
 * that implements its source: {@code FooAsyncConfiguration}, declaring the starter's {@code
 * FacadeBeans}. Looks only at the model, never at elements.
 */
final class SpringConfigurationWriter {

  /** The starter's class; its presence on the class path turns this writer on. */
  static final ClassName FACADE_BEANS = ClassName.get("dev.asyncify.spring", "FacadeBeans");

  private static final ClassName CONFIGURATION =
      ClassName.get("org.springframework.context.annotation", "Configuration");
  private static final ClassName BEAN =
      ClassName.get("org.springframework.context.annotation", "Bean");

  static final String GENERATED_COMMENTS =
      "Spring beans of a facade, written by asyncify; do not edit. What they are: docs/spring.md"
          + " in asyncify";

  private final String generator;

  /**
   * @param generator the name that {@code @Generated} gives as the file's author
   */
  SpringConfigurationWriter(String generator) {
    this.generator = generator;
  }

  /** {@code p.FooAsyncConfiguration} for the facade {@code p.FooAsync}. */
  static ClassName configurationName(ClassName facade) {
    return facade.peerClass(facade.simpleName() + "Configuration");
  }

  JavaFile write(Facade facade) {
    ClassName name = configurationName(facade.name());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "Makes a {@link $T} bean of each bean that implements {@link $T}: see {@link $T}.\n",
                facade.name(),
                facade.source(),
                FACADE_BEANS)
            .alwaysQualify(facade.javaLangShadowed().toArray(String[]::new))
            // Named by its qualified name: two packages may each have a FooAsync.
            .addAnnotation(
                AnnotationSpec.builder(CONFIGURATION)
                    .addMember("value", "$S", name.canonicalName())
                    .addMember("proxyBeanMethods", "false")
                    .build());
    FacadeWriter.markAsTheFacade(type, facade, generator, GENERATED_COMMENTS);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder().addJavadoc("Made by Spring.\n");
    if (facade.isPublic()) {
      constructor.addModifiers(Modifier.PUBLIC);
    }
    type.addMethod(constructor.build());
    type.addMethod(facadeBeans(facade));
    return JavaFile.builder(name.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  /** The static {@code @Bean} method: static, so that Spring can make it before other beans. */
  private static MethodSpec facadeBeans(Facade facade) {
    TypeName delegateType =
        facade.typeVariables().isEmpty()
            ? facade.source()
            : ParameterizedTypeName.get(
                facade.source(),
                Collections.nCopies(
                        facade.typeVariables().size(), WildcardTypeName.subtypeOf(Object.class))
                    .toArray(TypeName[]::new));
    CodeBlock factory =
        CodeBlock.of(
            "($N, $N) -> $T.of(($T) $N, $N)",
            GeneratedNames.DELEGATE,
            GeneratedNames.EXECUTOR,
            facade.name(),
            delegateType,
            GeneratedNames.DELEGATE,
            GeneratedNames.EXECUTOR);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("facadeBeans")
            .addJavadoc("The registrar of the {@link $T} beans.\n", facade.name())
            .addAnnotation(
                AnnotationSpec.builder(BEAN)
                    .addMember("value", "$S", facade.name().canonicalName() + ".beans")
                    .build())
            .addModifiers(Modifier.STATIC)
            .returns(FACADE_BEANS)
            .addStatement(
                "return new $T($T.class, $T.class, $L)",
                FACADE_BEANS,
                facade.source(),
                facade.name(),
                factory);
    if (facade.isPublic()) {
      method.addModifiers(Modifier.PUBLIC);
    }
    return method.build();
  }
}
