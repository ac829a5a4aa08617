package vn.ocop.fair.operations;

import java.nio.file.Path;

/** Where the repository is: Maven passes its root (ocop.root); run from the module, it is two up. */
final class Repository {

    static final Path ROOT =
            Path.of(System.getProperty("ocop.root", "../..")).toAbsolutePath().normalize();

    private Repository() {}

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }
}
