package org.backchannel.app.cli;

import java.util.ArrayList;
import org.backchannel.model.ChannelType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a channel type by its code, as in dataset files (back-channel, trusted-emissary, …). */
final class ChannelTypeConverter implements ITypeConverter<ChannelType> {

    @Override
    public ChannelType convert(String value) {
        return ChannelType.fromCode(value).orElseThrow(() -> new TypeConversionException(
                "unknown channel type \"" + value + "\"; use one of " + String.join(", ", ChannelType.codes())));
    }

    /** The codes, for picocli's help text. */
    static final class Codes extends ArrayList<String> {
        Codes() {
            super(ChannelType.codes());
        }
    }
}
