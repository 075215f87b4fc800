package org.backchannel.app.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.model.PartialDate;
import org.backchannel.model.YearRange;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads "1969-1977" or "1970" as years, and anything else as the name of an era, looked up later among
 * the session's eras or the built-in ones ({@link EraArgument}).
 */
final class EraConverter implements ITypeConverter<EraArgument> {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})(?:\\s*[-–]\\s*(\\d{1,4}))?");

    @Override
    public EraArgument convert(String value) {
        Matcher m = RANGE.matcher(value.trim());
        if (!m.matches()) {
            if (value.isBlank()) {
                throw new TypeConversionException("--era needs years such as 1969-1977 or the name of an era");
            }
            return EraArgument.ofName(value);
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (to < from) {
            throw new TypeConversionException("the era " + value + " ends before it starts");
        }
        if (from < PartialDate.MIN_YEAR) {
            throw new TypeConversionException("the era " + value + " starts before year " + PartialDate.MIN_YEAR);
        }
        return EraArgument.ofYears(value, new YearRange(from, to));
    }
}
