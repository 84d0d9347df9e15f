package dev.asyncify.example.spring;

/** A customer row. */
public record Customer(long id, String name) {}
