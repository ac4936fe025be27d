package io.faultline.report;

import io.faultline.histories.History;
import io.faultline.runner.RunReportWriter;

import java.nio.file.Path;

/** The runner's report hook: {@link HtmlReport} with the default limits, registered in {@code META-INF/services}. */
public final class HtmlReportWriter implements RunReportWriter {

    @Override
    public Path write(Path dir, History history) {
        return HtmlReport.write(dir, history, ReportLimits.defaults());
    }
}
