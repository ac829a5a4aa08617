package vn.ocop.fair.event.application;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.ocop.fair.event.booth.FairTermsLookup;

/**
 * Once per database (remembered in {@code migrations}): gives the applications of running fairs
 * stored before the {@code current} marker existed their marker, so the gauges, which read only
 * through it, count them. Later starts read one document instead of scanning again.
 */
@Component
class CurrentApplicationsBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CurrentApplicationsBackfill.class);
    static final String MIGRATION = "applications.current";

    private final Applications applications;
    private final FairTermsLookup fairs;
    private final MongoCollection<Document> migrations;

    CurrentApplicationsBackfill(Applications applications, FairTermsLookup fairs, MongoDatabase eventDatabase) {
        this.applications = applications;
        this.fairs = fairs;
        this.migrations = eventDatabase.getCollection("migrations");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (migrations.find(Filters.eq("_id", MIGRATION)).first() != null) {
            return;
        }
        int marked = applications.markCurrent(fairs.changeableFairIds());
        migrations.updateOne(
                Filters.eq("_id", MIGRATION),
                Updates.combine(Updates.set("doneAt", new Date()), Updates.set("changed", marked)),
                new UpdateOptions().upsert(true));
        if (marked > 0) {
            log.info(
                    "Marked {} application(s) of running fairs stored before the gauges read through a marker", marked);
        }
    }
}
