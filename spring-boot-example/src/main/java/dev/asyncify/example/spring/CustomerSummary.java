package dev.asyncify.example.spring;

import java.util.List;

/** What the summary endpoint answers: three facade calls, gathered. */
public record CustomerSummary(Customer customer, List<Order> orders, Quote shipping) {}
