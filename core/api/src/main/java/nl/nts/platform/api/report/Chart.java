package nl.nts.platform.api.report;

/**
 * A chart of a section: {@link BarChart} or {@link Timeline}. A format draws it (SVG, PDF
 * vector graphics) or, where it cannot draw, lists its values.
 */
public sealed interface Chart permits BarChart, Timeline {

    /** @return what the chart shows, in the report's language */
    String title();
}
