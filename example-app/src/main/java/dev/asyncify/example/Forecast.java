package dev.asyncify.example;

/** What the weather API says about a city. */
public record Forecast(String city, int celsius) {}
