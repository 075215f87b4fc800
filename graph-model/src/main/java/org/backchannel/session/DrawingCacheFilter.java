package org.backchannel.session;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Eras;
import org.backchannel.model.NamedEra;
import org.backchannel.model.YearRange;

/**
 * The drawing cache's filter, in the file's own channel-type table, and the analyst's eras that name its years; read
 * as strictly as the rest of the file.
 */
final class DrawingCacheFilter {

    private DrawingCacheFilter() {
    }

    static void write(DataOutputStream out, SessionFilter filter) throws IOException {
        out.writeByte(filter.channelTypes().size());
        for (ChannelType type : ChannelType.values()) { // in one order, so that the same filter writes the same bytes
            if (filter.channelTypes().contains(type)) {
                out.writeByte(type.ordinal());
            }
        }
        out.writeBoolean(filter.years() != null);
        if (filter.years() != null) {
            out.writeInt(filter.years().from());
            out.writeInt(filter.years().to());
        }
    }

    /** @throws IllegalArgumentException for years that end before they start, as the caller reports any refused value */
    static SessionFilter read(DataInputStream in, List<ChannelType> channelTypes, String name) throws IOException, DrawingCacheException {
        int chosen = in.readUnsignedByte();
        Set<ChannelType> types = EnumSet.noneOf(ChannelType.class);
        for (int i = 0; i < chosen; i++) {
            types.add(DrawingCacheChecks.pick(channelTypes, in.readUnsignedByte(), false, name, "filter's channel type"));
        }
        YearRange years = in.readBoolean() ? new YearRange(in.readInt(), in.readInt()) : null;
        return new SessionFilter(types, years);
    }

    static void writeEras(DataOutputStream out, Eras eras) throws IOException {
        out.writeShort(eras.all().size());
        for (NamedEra era : eras.all()) {
            out.writeUTF(era.name());
            out.writeInt(era.years().from());
            out.writeInt(era.years().to());
        }
    }

    /** @throws IllegalArgumentException for a name twice or years backwards, as the caller reports any refused value */
    static Eras readEras(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        List<NamedEra> eras = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            eras.add(new NamedEra(in.readUTF(), new YearRange(in.readInt(), in.readInt())));
        }
        return new Eras(eras);
    }
}
