package vn.ocop.fair.catalog.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.util.unit.DataSize;
import vn.ocop.fair.catalog.CatalogProperties;

class CertificateWatchScheduleTest {

    static CatalogProperties withCron(String cron) {
        return new CatalogProperties(
                "catalog",
                false,
                new CatalogProperties.Importing(DataSize.ofMegabytes(10), 20_000),
                new CatalogProperties.CertificateWatch(cron),
                new CatalogProperties.Stock(5, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMinutes(10)));
    }

    @Test
    void runsTheWatchOnItsCronInHanoiTime() {
        ScheduledTaskRegistrar tasks = new ScheduledTaskRegistrar();

        new CertificateWatchSchedule(new CertificateWatch(null), withCron("0 0 6 * * *")).configureTasks(tasks);

        assertThat(tasks.getCronTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getExpression()).isEqualTo("0 0 6 * * *");
            assertThat(task.getTrigger().toString()).contains("0 0 6 * * *");
        });
    }

    @Test
    void aDashTurnsItOff() {
        ScheduledTaskRegistrar tasks = new ScheduledTaskRegistrar();

        new CertificateWatchSchedule(new CertificateWatch(null), withCron("-")).configureTasks(tasks);

        assertThat(tasks.getCronTaskList()).isEmpty();
    }

    @Test
    void onlyACronExpressionOrADashIsValid() {
        assertThat(withCron("0 0 6 * * *").certificateWatch().isCronValid()).isTrue();
        assertThat(withCron("-").certificateWatch().isCronValid()).isTrue();
        assertThat(withCron("daily").certificateWatch().isCronValid()).isFalse();
    }
}
