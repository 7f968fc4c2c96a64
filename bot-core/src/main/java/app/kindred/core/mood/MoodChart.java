package app.kindred.core.mood;

import app.kindred.core.prompts.Say;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Draws the mood chart as a PNG with JFreeChart (headless): each check-in as a dot on a scale labelled in
 * words, and the 7-day average as a line.
 */
final class MoodChart {

    static final int WIDTH = 800;
    static final int HEIGHT = 400;
    private static final long DAY_MILLIS = 86_400_000L;
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final Color DOTS = new Color(0x3b, 0x6e, 0xa8);
    private static final Color AVERAGE = new Color(0xe0, 0x7a, 0x2f);

    private MoodChart() {
    }

    static byte[] png(Say say, MoodSummary summary) {
        XYSeries dots = new XYSeries(say.text("mood.chart.check-ins"));
        summary.shown().forEach(entry -> dots.add(noon(entry.day()), entry.score()));
        XYSeries average = new XYSeries(say.text("mood.chart.average"));
        summary.rolling().forEach(day -> average.add(noon(day.day()), day.average()));
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(dots);
        data.addSeries(average);

        Locale locale = Locale.forLanguageTag(say.language());
        DateAxis time = new DateAxis(null, UTC, locale);
        SimpleDateFormat format = new SimpleDateFormat(say.text("mood.chart.axis-date-format"), locale);
        format.setTimeZone(UTC);
        time.setDateFormatOverride(format);
        time.setRange(noon(summary.from()) - DAY_MILLIS, noon(summary.to()) + DAY_MILLIS);

        String[] scale = new String[MoodEntry.HIGHEST + 1];
        scale[0] = "";
        for (int score = MoodEntry.LOWEST; score <= MoodEntry.HIGHEST; score++) {
            scale[score] = say.text("mood.words." + score);
        }
        SymbolAxis mood = new SymbolAxis(null, scale);
        mood.setRange(0.5, MoodEntry.HIGHEST + 0.5);
        mood.setGridBandsVisible(false);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(0, DOTS);
        renderer.setSeriesLinesVisible(1, true);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, AVERAGE);
        renderer.setSeriesStroke(1, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));

        XYPlot plot = new XYPlot(data, time, mood, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));

        JFreeChart chart = new JFreeChart(plot);
        chart.setTitle(new TextTitle(say.text("mood.chart.title", "days", summary.days()), new Font("SansSerif", Font.BOLD, 16)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);

        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("the mood chart could not be drawn", e);
        }
        return out.toByteArray();
    }

    private static long noon(LocalDate day) {
        return day.toEpochDay() * DAY_MILLIS + DAY_MILLIS / 2;
    }
}
