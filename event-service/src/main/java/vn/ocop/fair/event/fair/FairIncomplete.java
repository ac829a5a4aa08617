package vn.ocop.fair.event.fair;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A draft that lacks what publishing needs (venue, dates, hours, a booth). */
public final class FairIncomplete extends FairProblem {

    private final List<String> missing;

    FairIncomplete(List<String> missing) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "fair-incomplete",
                "The fair cannot be published yet",
                "Publishing needs " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("missing", missing);
    }
}
