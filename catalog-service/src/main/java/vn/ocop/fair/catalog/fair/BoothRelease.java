package vn.ocop.fair.catalog.fair;

import java.time.Instant;

/** A booth taken back: nothing is on sale there any more. */
record BoothRelease(String fairId, String boothCode, String producerId, Instant occurredAt) {}
