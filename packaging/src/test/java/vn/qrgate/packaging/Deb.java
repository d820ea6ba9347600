package vn.qrgate.packaging;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One built package, read with the real dpkg-deb. */
record Deb(String service, Path file) {

    static final Path TARGET = Path.of("target").toAbsolutePath();

    String name() {
        return "qrgate-" + service;
    }

    static Deb of(String service) {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(TARGET, "qrgate-" + service + "_*_all.deb")) {
            List<Path> files = new ArrayList<>();
            found.forEach(files::add);
            if (files.size() != 1) {
                throw new AssertionError("expected one qrgate-" + service + "_*_all.deb in " + TARGET
                        + " (built by mvn package), found " + files);
            }
            return new Deb(service, files.get(0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String field(String name) {
        return Tool.run("dpkg-deb", "-f", file.toString(), name).ok().out().strip();
    }

    /** Paths in the data archive as they will be installed ("/usr/bin/qrgate-reader"), with their mode. */
    List<String> listing() {
        return Tool.run("dpkg-deb", "-c", file.toString()).ok().out().lines().toList();
    }

    /** Extracts the control archive (control, conffiles, maintainer scripts) into {@code dir}. */
    Path control(Path dir) {
        Tool.run("dpkg-deb", "-e", file.toString(), dir.toString()).ok();
        return dir;
    }

    /** Extracts the data archive into {@code dir}. */
    Path data(Path dir) {
        Tool.run("dpkg-deb", "-x", file.toString(), dir.toString()).ok();
        return dir;
    }
}
