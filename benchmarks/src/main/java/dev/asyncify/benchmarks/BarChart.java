package dev.asyncify.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A grouped bar chart drawn with Java2D, on a linear or a logarithmic scale, saved as PNG. */
final class BarChart {

  private static final Color[] PALETTE = {
    new Color(0x1f77b4),
    new Color(0xff7f0e),
    new Color(0x2ca02c),
    new Color(0xd62728),
    new Color(0x9467bd),
    new Color(0x8c564b)
  };
  private static final int WIDTH = 960;
  private static final int HEIGHT = 480;
  private static final int LEFT = 90;
  private static final int RIGHT = 20;
  private static final int TOP = 60;
  private static final int BOTTOM = 100;

  /** Written where the bar of a series that did not run would stand. */
  static final String NOT_RUN = "not run";

  private BarChart() {}

  /**
   * Draws {@code values[series][group]}; a NaN value draws "not run" instead of a bar.
   *
   * @param logScale whether the y axis is logarithmic (values must then be positive)
   */
  static void save(
      Path file,
      String title,
      String yLabel,
      List<String> groups,
      List<String> series,
      double[][] values,
      boolean logScale)
      throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);

    double max = Double.MIN_VALUE;
    double min = Double.MAX_VALUE;
    for (double[] row : values) {
      for (double value : row) {
        if (!Double.isNaN(value) && value > 0) {
          max = Math.max(max, value);
          min = Math.min(min, value);
        }
      }
    }
    double low = logScale ? Math.pow(10, Math.floor(Math.log10(min))) : 0;
    double high = logScale ? Math.pow(10, Math.ceil(Math.log10(max))) : niceCeiling(max);
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int plotWidth = WIDTH - LEFT - RIGHT;

    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, LEFT, 28);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    FontMetrics metrics = g.getFontMetrics();

    // Grid and y ticks.
    g.setStroke(new BasicStroke(1));
    List<Double> ticks = new java.util.ArrayList<>();
    if (logScale) {
      for (double tick = low; tick <= high * 1.0001; tick *= 10) {
        ticks.add(tick);
      }
    } else {
      for (int i = 0; i <= 5; i++) {
        ticks.add(high * i / 5);
      }
    }
    for (double tick : ticks) {
      int y = TOP + plotHeight - scale(tick, low, high, logScale, plotHeight);
      g.setColor(new Color(0xdddddd));
      g.drawLine(LEFT, y, LEFT + plotWidth, y);
      g.setColor(Color.DARK_GRAY);
      String label = format(tick);
      g.drawString(label, LEFT - 8 - metrics.stringWidth(label), y + 4);
    }
    Graphics2D rotated = (Graphics2D) g.create();
    rotated.rotate(-Math.PI / 2);
    rotated.drawString(yLabel, -(TOP + plotHeight / 2 + metrics.stringWidth(yLabel) / 2), 18);
    rotated.dispose();

    // Bars.
    int groupWidth = plotWidth / groups.size();
    int barWidth = Math.max(4, (groupWidth - 20) / series.size());
    for (int group = 0; group < groups.size(); group++) {
      int groupLeft = LEFT + group * groupWidth + (groupWidth - barWidth * series.size()) / 2;
      for (int s = 0; s < series.size(); s++) {
        double value = values[s][group];
        if (Double.isNaN(value) || value <= 0) {
          // A series that did not run says so where its bar would stand, not by a gap.
          Graphics2D vertical = (Graphics2D) g.create();
          vertical.setColor(PALETTE[s % PALETTE.length]);
          vertical.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
          vertical.rotate(-Math.PI / 2);
          vertical.drawString(
              NOT_RUN, -(TOP + plotHeight - 4), groupLeft + s * barWidth + barWidth / 2 + 3);
          vertical.dispose();
          continue;
        }
        int height = scale(value, low, high, logScale, plotHeight);
        g.setColor(PALETTE[s % PALETTE.length]);
        g.fillRect(groupLeft + s * barWidth, TOP + plotHeight - height, barWidth - 2, height);
      }
      g.setColor(Color.BLACK);
      String label = groups.get(group);
      g.drawString(
          label,
          LEFT + group * groupWidth + (groupWidth - metrics.stringWidth(label)) / 2,
          TOP + plotHeight + 18);
    }
    g.drawLine(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight);

    // Legend.
    int x = LEFT;
    int y = HEIGHT - 46;
    for (int s = 0; s < series.size(); s++) {
      int entryWidth = 16 + metrics.stringWidth(series.get(s)) + 24;
      if (x + entryWidth > WIDTH - RIGHT) {
        x = LEFT;
        y += 20;
      }
      g.setColor(PALETTE[s % PALETTE.length]);
      g.fillRect(x, y - 10, 12, 12);
      g.setColor(Color.BLACK);
      g.drawString(series.get(s), x + 16, y);
      x += entryWidth;
    }
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  private static int scale(double value, double low, double high, boolean log, int height) {
    double fraction =
        log
            ? (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low))
            : value / high;
    return (int) Math.round(Math.max(0, Math.min(1, fraction)) * height);
  }

  private static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String format(double value) {
    if (value >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 1 || value == 0) {
      return String.format(Locale.ROOT, "%.4g", value).replaceAll("\\.?0+$", "");
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }
}
