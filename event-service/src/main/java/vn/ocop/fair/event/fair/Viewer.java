package vn.ocop.fair.event.fair;

import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is asking, as their token says (null token: anonymous). Only organisers see drafts. */
public record Viewer(String subject, boolean organiser) {

    public static final Viewer ANONYMOUS = new Viewer(null, false);

    public static Viewer of(Jwt token) {
        if (token == null) {
            return ANONYMOUS;
        }
        List<String> roles = token.getClaimAsStringList("roles");
        return new Viewer(token.getSubject(), roles != null && roles.contains("ORGANISER"));
    }

    /** The system itself (demo data, the scheduler): an organiser's rights. */
    public static Viewer system(String what) {
        return new Viewer("system:" + what, true);
    }

    public boolean maySee(Fair fair) {
        return organiser || fair.status().isPublic();
    }
}
