package dev.asyncify.example.spring;

/** What the shipping API answers. */
public record Quote(long customerId, long cents, int days) {}
