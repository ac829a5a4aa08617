package vn.ocop.fair.catalog.mongo;

/** Work {@link Migrations} runs once per database, at start-up; it must be idempotent. */
public interface Migration {

    /** Under which the migration is remembered as done, e.g. {@code products.certificateDue}. */
    String name();

    /** Does the work; answers how many documents it changed. */
    int migrate();
}
