package vn.ocop.fair.catalog.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.ocop.fair.catalog.CatalogProperties;
import vn.ocop.fair.catalog.access.NotYourProducer;
import vn.ocop.fair.catalog.producer.Producer;
import vn.ocop.fair.catalog.producer.Producers;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.product.Catalogue.Reconciled;
import vn.ocop.fair.catalog.product.ConcurrentChange;
import vn.ocop.fair.catalog.product.NotListable;
import vn.ocop.fair.catalog.product.Product;
import vn.ocop.fair.catalog.product.ProductDetails;
import vn.ocop.fair.catalog.product.Products;
import vn.ocop.fair.support.security.Caller;

/**
 * Imports a certified-product list. Every row is judged first, by the catalogue's own rules, so a
 * dry run reports exactly what a real run would do; a real run then registers the producers of the
 * accepted rows and creates or updates their products through {@link Catalogue}, with the same
 * events as the API. Rows are matched on {@link ImportRow#naturalKey()}; a row that says what the
 * catalogue already says changes nothing, so importing a file twice is the same as once. Rejected
 * rows write nothing; the others are imported.
 */
@Service
public class CatalogImport {

    private static final Logger log = LoggerFactory.getLogger(CatalogImport.class);

    private final Catalogue catalogue;
    private final Producers producers;
    private final Products products;
    private final Clock clock;
    private final CatalogProperties properties;

    CatalogImport(
            Catalogue catalogue, Producers producers, Products products, Clock clock, CatalogProperties properties) {
        this.catalogue = catalogue;
        this.producers = producers;
        this.products = products;
        this.clock = clock;
        this.properties = properties;
    }

    public ImportReport run(byte[] csv, boolean dryRun, Caller caller) {
        CsvFile file = CsvFile.read(csv, properties.importing().maxRows());
        Tally tally = new Tally(file.rows().size());
        Instant now = clock.instant();
        RowReader reader = new RowReader(file.header(), LocalDate.ofInstant(now, Catalogue.LOCAL_TIME));
        List<ImportRow> rows = new ArrayList<>();
        for (CsvRecord record : file.rows()) {
            List<RowError> errors = new ArrayList<>();
            reader.read(record, errors).ifPresent(rows::add);
            errors.forEach(tally::reject);
        }
        Map<String, ProducerRow> described = new LinkedHashMap<>();
        rows = agreeingOnProducers(rows, described, file.header(), tally);

        Map<String, Optional<Producer>> stored = new HashMap<>();
        Map<String, Producer> registrations = new HashMap<>();
        described.forEach((id, row) -> {
            stored.put(id, producers.find(id));
            registrations.put(id, row.toProducer(stored.get(id), now));
        });
        Map<String, List<Product>> existing = products.ofProducers(described.keySet()).stream()
                .collect(Collectors.groupingBy(
                        p -> ImportRow.naturalKey(p.producerId(), p.details().name())));

        List<Judged> accepted = judge(rows, existing, registrations, file.header(), tally, caller);
        Set<String> producerIds = accepted.stream()
                .map(j -> j.row().producer().id())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String id : producerIds) {
            Optional<Producer> before = stored.get(id);
            boolean changed = before.isPresent() && !ProducerRow.sameProducer(before.get(), registrations.get(id));
            tally.producer(before.isEmpty(), changed);
            if (!dryRun && (before.isEmpty() || changed)) {
                producers.put(registrations.get(id));
            }
        }
        for (Judged judged : accepted) {
            if (dryRun || judged.outcome() == Reconciled.UNCHANGED) {
                tally.count(judged.outcome());
                continue;
            }
            try {
                tally.count(catalogue.reconcile(
                        registrations.get(judged.row().producer().id()),
                        judged.current(),
                        judged.details(),
                        false,
                        caller));
            } catch (ConcurrentChange | NotListable e) {
                tally.reject(judged.row().row(), null, e.getMessage());
            }
        }
        ImportReport report = tally.report(dryRun, file.header().ignored());
        log.info(
                "{} of {} rows by {}: {} created, {} updated, {} unchanged, {} rejected",
                dryRun ? "Dry run" : "Import",
                report.rows(),
                caller.subject(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.rejected());
        return report;
    }

    /** Rows whose producer columns agree with the earlier rows of the same producer; fills {@code described}. */
    private static List<ImportRow> agreeingOnProducers(
            List<ImportRow> rows, Map<String, ProducerRow> described, Header header, Tally tally) {
        List<ImportRow> agreeing = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (ImportRow row : rows) {
            ProducerRow producer = row.producer();
            ProducerRow known = described.get(producer.id());
            Optional<Column> conflict = known == null ? Optional.empty() : known.conflictWith(producer);
            if (conflict.isPresent()) {
                tally.reject(
                        row.row(),
                        header.nameOf(conflict.get()),
                        "says something else about producer " + producer.id() + " than row "
                                + firstRow.get(producer.id()));
                continue;
            }
            described.put(producer.id(), known == null ? producer : known.filledFrom(producer));
            firstRow.putIfAbsent(producer.id(), row.row());
            agreeing.add(row);
        }
        return agreeing;
    }

    private List<Judged> judge(
            List<ImportRow> rows,
            Map<String, List<Product>> existing,
            Map<String, Producer> registrations,
            Header header,
            Tally tally,
            Caller caller) {
        List<Judged> accepted = new ArrayList<>();
        Map<String, Integer> rowOfKey = new HashMap<>();
        for (ImportRow row : rows) {
            Integer same = rowOfKey.putIfAbsent(row.naturalKey(), row.row());
            List<Product> matches = existing.getOrDefault(row.naturalKey(), List.of());
            if (same != null) {
                tally.reject(row.row(), header.nameOf(Column.NAME), "is the same product as row " + same);
            } else if (matches.size() > 1) {
                tally.reject(
                        row.row(),
                        header.nameOf(Column.NAME),
                        matches.size() + " products of " + row.producer().id()
                                + " already have this name; rename them before importing");
            } else {
                Optional<Product> current = matches.stream().findFirst();
                ProductDetails details = row.product().details(current);
                try {
                    Reconciled outcome =
                            catalogue.reconcile(registrations.get(row.producer().id()), current, details, true, caller);
                    accepted.add(new Judged(row, current, details, outcome));
                } catch (NotListable e) {
                    tally.reject(row.row(), header.nameOf(columnOf(e, header)), e.getMessage());
                } catch (NotYourProducer e) {
                    tally.reject(row.row(), header.nameOf(Column.PRODUCER_ID), e.getMessage());
                }
            }
        }
        return accepted;
    }

    private static Column columnOf(NotListable e, Header header) {
        return switch (e.reason()) {
            case NOT_OCOP_CERTIFIED -> Column.STARS;
            case CERTIFICATE_MISSING -> Column.DECISION_NUMBER;
            case CERTIFICATE_NOT_VALID -> header.has(Column.EXPIRES_ON) ? Column.EXPIRES_ON : Column.ISSUED_ON;
        };
    }

    private record Judged(ImportRow row, Optional<Product> current, ProductDetails details, Reconciled outcome) {}
}
