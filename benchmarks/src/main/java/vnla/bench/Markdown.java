package vnla.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Markdown tables, and "median (min–max)" cells over several runs. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();

    Markdown line(String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
        return this;
    }

    Markdown table(List<String> header, List<List<String>> rows) {
        text.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> text.append("---|"));
        text.append('\n');
        for (List<String> row : rows) {
            text.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        text.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** One value, or over several runs "median (min–max)". */
    static <T> String spread(List<T> runs, ToDoubleFunction<T> value, String format) {
        List<Double> values = new ArrayList<>();
        for (T run : runs) {
            double v = value.applyAsDouble(run);
            if (!Double.isNaN(v)) {
                values.add(v);
            }
        }
        if (values.isEmpty()) {
            return "–";
        }
        values.sort(Double::compare);
        String median = String.format(Locale.ROOT, format, median(values));
        if (values.size() == 1) {
            return median;
        }
        return median + " (" + String.format(Locale.ROOT, format, values.get(0)) + "–"
                + String.format(Locale.ROOT, format, values.get(values.size() - 1)) + ")";
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
