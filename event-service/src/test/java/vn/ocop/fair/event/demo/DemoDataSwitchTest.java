package vn.ocop.fair.event.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.ocop.fair.event.EventIntegrationTest;

/** Without {@code ocop.event.demo-data} (only the {@code local} profile sets it) no demo fair is set up. */
@EventIntegrationTest
class DemoDataSwitchTest {

    @Autowired
    ApplicationContext context;

    @Test
    void loadsNoDemoDataUnlessSwitchedOn() {
        assertThat(context.getBeansOfType(DemoData.class)).isEmpty();
        assertThat(context.getBeansOfType(DemoFairs.class)).isEmpty();
        assertThat(context.getBeansOfType(DemoFairsStart.class)).isEmpty();
    }
}
