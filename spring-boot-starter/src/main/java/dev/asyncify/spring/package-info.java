/**
 * Spring Boot support: the facades the processor writes become beans. {@link
 * dev.asyncify.spring.FacadeBeans} registers one facade bean for each bean that implements an
 * {@code @Async} interface; {@link dev.asyncify.spring.AsyncifyExecutor} says where their calls
 * run; {@link dev.asyncify.spring.AsyncifyAutoConfiguration} defaults it to Boot's {@code
 * applicationTaskExecutor}.
 */
@NullMarked
package dev.asyncify.spring;

import org.jspecify.annotations.NullMarked;
