package vn.ocop.fair.catalog.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.function.IntSupplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Work done once per database, such as giving the documents stored before a {@link SweepMarker}
 * existed their marker: remembered in the {@code migrations} collection, so later starts read one
 * document instead of scanning again. Each migration is idempotent, so two instances starting at
 * once may both run it.
 */
@Component
public class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    private final MongoCollection<Document> done;

    Migrations(MongoDatabase catalogDatabase) {
        this.done = catalogDatabase.getCollection("migrations");
    }

    /** Runs {@code migration} unless it ran on this database before; it answers how many documents it changed. */
    public void once(String name, IntSupplier migration) {
        if (done.find(Filters.eq("_id", name)).first() != null) {
            return;
        }
        int changed = migration.getAsInt();
        done.updateOne(
                Filters.eq("_id", name),
                Updates.combine(Updates.set("doneAt", new Date()), Updates.set("changed", changed)),
                new UpdateOptions().upsert(true));
        if (changed > 0) {
            log.info("Migration {}: {} document(s) changed", name, changed);
        }
    }
}
