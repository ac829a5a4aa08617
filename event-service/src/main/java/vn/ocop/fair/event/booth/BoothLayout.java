package vn.ocop.fair.event.booth;

import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import vn.ocop.fair.event.CommonRefusals;
import vn.ocop.fair.event.EventProperties;

/** The booth layout of a fair: booths one by one or a grid at a time, blocking and prices. */
@Service
public class BoothLayout {

    private final FairTermsLookup fairs;
    private final Booths booths;
    private final AssignmentDocuments assignments;
    private final int maxGridSize;

    BoothLayout(FairTermsLookup fairs, Booths booths, AssignmentDocuments assignments, EventProperties properties) {
        this.fairs = fairs;
        this.booths = booths;
        this.assignments = assignments;
        this.maxGridSize = properties.booths().maxGridSize();
    }

    /** Adds one booth; its code must be new in the fair. */
    public Booth add(String fairId, BoothSpec spec, String code, int gridX, int gridY) {
        fairs.require(fairId).requireChangeable();
        Booth booth = spec.booth(fairId, code, gridX, gridY);
        booths.addAll(fairId, List.of(booth));
        return booth;
    }

    /**
     * Adds a grid: {@code rows} rows lettered from {@code firstRow} (A, B, …), numbered
     * {@code from}…{@code to} in each (A-01, A-02, …), laid out from the grid origin.
     */
    public List<Booth> addGrid(String fairId, BoothSpec spec, Grid grid) {
        fairs.require(fairId).requireChangeable();
        List<Booth> created = grid.booths(fairId, spec, maxGridSize);
        booths.addAll(fairId, created);
        return created;
    }

    /** Blocks or unblocks a booth and changes its price; a booth with assignments cannot be blocked. */
    public Booth change(String fairId, String code, Boolean blocked, Long priceVnd) {
        fairs.require(fairId).requireChangeable();
        booths.require(fairId, code);
        List<Bson> changes = new ArrayList<>();
        if (blocked != null) {
            if (blocked && !assignments.load(fairId).ofBooth(code).isEmpty()) {
                throw new BoothRefusals.BoothAlreadyAssigned(code);
            }
            changes.add(Updates.set("blocked", blocked));
        }
        if (priceVnd != null) {
            changes.add(Updates.set("priceVnd", priceVnd));
        }
        if (changes.isEmpty()) {
            throw new CommonRefusals.InvalidRequest("say what changes: blocked and/or priceVnd");
        }
        booths.change(fairId, code, changes);
        return booths.require(fairId, code);
    }

    /** What every booth of a request shares. */
    public record BoothSpec(String zone, BoothType type, double sizeM2, long priceVnd) {

        Booth booth(String fairId, String code, int gridX, int gridY) {
            return new Booth(fairId, code, zone, type, sizeM2, priceVnd, gridX, gridY, false);
        }
    }

    /**
     * @param firstRow the letter of the first row, e.g. {@code A}
     * @param rows how many rows (letters) from it
     * @param from the first number in each row
     * @param to the last number in each row
     * @param originX the floor-plan column of number {@code from}
     * @param originY the floor-plan row of {@code firstRow}
     */
    public record Grid(char firstRow, int rows, int from, int to, int originX, int originY) {

        List<Booth> booths(String fairId, BoothSpec spec, int max) {
            if (firstRow < 'A' || firstRow > 'Z' || rows < 1 || firstRow + rows - 1 > 'Z') {
                throw new CommonRefusals.InvalidRequest(
                        "rows must be letters A–Z: " + rows + " row(s) from " + firstRow);
            }
            if (from < 1 || to < from || to > 999) {
                throw new CommonRefusals.InvalidRequest(
                        "numbers must run from ≥ 1 up to ≤ 999, got " + from + "…" + to);
            }
            long size = (long) rows * (to - from + 1);
            if (size > max) {
                throw new CommonRefusals.InvalidRequest(
                        "a grid may create at most " + max + " booths, this one " + size);
            }
            List<Booth> booths = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                char row = (char) (firstRow + r);
                for (int n = from; n <= to; n++) {
                    booths.add(spec.booth(fairId, code(row, n), originX + n - from, originY + r));
                }
            }
            return booths;
        }

        static String code(char row, int number) {
            return row + "-" + String.format("%02d", number);
        }
    }
}
