package app.kindred.bench;

import java.util.Locale;

/**
 * One measured figure and its budget, printed as {@code <name>: <value> <unit> (budget <budget>)}.
 *
 * @param withinBudget whether the value meets the budget
 */
public record Figure(String name, double value, String unit, String budget, boolean withinBudget) {

    public String line() {
        String shown = value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
        return name + ": " + shown + " " + unit + " (budget " + budget + ")" + (withinBudget ? "" : " OVER BUDGET");
    }
}
