package dev.asyncify.example.spring;

/** An order row. */
public record Order(long id, long totalCents) {}
