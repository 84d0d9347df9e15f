package dev.asyncify.example;

/** An order row; {@code cents} is its price. */
public record Order(long id, String item, int cents) {}
