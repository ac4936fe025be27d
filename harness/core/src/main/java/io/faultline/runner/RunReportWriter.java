package io.faultline.runner;

import io.faultline.histories.History;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Draws a stored run's report page. The {@code report} module provides the one implementation through
 * {@link ServiceLoader}, so the runner does not depend on how a report looks; a build without that module on its
 * class path still records and checks runs, and simply gets no page.
 */
public interface RunReportWriter {

    /** Writes the report of the run stored in {@code dir}, whose history is {@code history}; returns its file. */
    Path write(Path dir, History history);

    /** The report writer on the class path, if any. */
    static Optional<RunReportWriter> installed() {
        return ServiceLoader.load(RunReportWriter.class, RunReportWriter.class.getClassLoader()).findFirst();
    }
}
