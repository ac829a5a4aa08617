package vn.ocop.fair.notification.template;

/** A message ready to send: one line of subject, and the body. */
public record Rendered(String subject, String body) {}
