package vn.ocop.fair.testsupport;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the MongoDB commands the service's client sends from the current thread (the sync driver
 * sends on the caller's thread): the database round trips of a use case run by a test, as
 * {@code "<command> <collection>"}, e.g. {@code "findAndModify orders"}. Services add {@link Configuration} to their test context.
 */
public final class MongoCommands implements CommandListener {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** Starts recording this thread's commands. */
    public static void record() {
        RECORDING.set(new ArrayList<>());
    }

    /** Stops recording; the commands sent since {@link #record()}, in order. */
    public static List<String> recorded() {
        List<String> commands = RECORDING.get();
        RECORDING.remove();
        return commands == null ? List.of() : commands;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        List<String> commands = RECORDING.get();
        if (commands != null) {
            BsonValue target = event.getCommand().get(event.getCommandName());
            String collection =
                    target != null && target.isString() ? target.asString().getValue() : "";
            commands.add(event.getCommandName() + " " + collection);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        MongoClientSettingsBuilderCustomizer recordingMongoCommands() {
            return settings -> settings.addCommandListener(new MongoCommands());
        }
    }
}
