package org.backchannel.app.cli;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.model.Era;
import org.backchannel.model.YearRange;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads "1969-1977", "1970" or an era's code ("detente") as a range of years. */
final class EraConverter implements ITypeConverter<YearRange> {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})(?:\\s*[-–]\\s*(\\d{1,4}))?");

    @Override
    public YearRange convert(String value) {
        Matcher m = RANGE.matcher(value.trim());
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from) {
                throw new TypeConversionException("the era " + value + " ends before it starts");
            }
            return new YearRange(from, to);
        }
        return Arrays.stream(Era.values()).filter(e -> e.code().equals(value.trim())).findFirst().map(Era::years)
                .orElseThrow(() -> new TypeConversionException("\"" + value + "\" is neither a year range like 1969-1977 nor an era ("
                        + String.join(", ", Arrays.stream(Era.values()).map(Era::code).toList()) + ")"));
    }
}
