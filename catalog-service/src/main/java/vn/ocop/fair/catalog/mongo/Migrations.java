package vn.ocop.fair.catalog.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link Migration} at start-up, once per database, such as giving the documents stored
 * before a {@link SweepMarker} existed their marker: remembered in the {@code migrations}
 * collection, so later starts read one document instead of scanning again. Each migration is
 * idempotent, so two instances starting at once may both run it.
 */
@Component
public class Migrations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    private final MongoCollection<Document> done;
    private final List<Migration> migrations;

    Migrations(MongoDatabase catalogDatabase, List<Migration> migrations) {
        this.done = catalogDatabase.getCollection("migrations");
        this.migrations = migrations;
    }

    @Override
    public void run(ApplicationArguments args) {
        migrations.forEach(this::once);
    }

    /** Runs {@code migration} unless it ran on this database before. */
    public void once(Migration migration) {
        String name = migration.name();
        if (done.find(Filters.eq("_id", name)).first() != null) {
            return;
        }
        int changed = migration.migrate();
        done.updateOne(
                Filters.eq("_id", name),
                Updates.combine(Updates.set("doneAt", new Date()), Updates.set("changed", changed)),
                new UpdateOptions().upsert(true));
        if (changed > 0) {
            log.info("Migration {}: {} document(s) changed", name, changed);
        }
    }
}
