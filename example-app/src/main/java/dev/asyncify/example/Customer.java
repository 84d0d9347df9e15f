package dev.asyncify.example;

/** A customer row. */
public record Customer(long id, String name, String city) {}
