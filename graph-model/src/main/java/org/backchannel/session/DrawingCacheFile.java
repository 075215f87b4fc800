package org.backchannel.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Eras;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;

/**
 * The drawing cache's bytes, {@code NAME.drawing} beside the session file {@code NAME}: a small binary
 * format, so that reading it at launch loads no JSON library and takes milliseconds (the window's first
 * two seconds cannot spare Jackson's start-up). Kinds, types and secrecy are written as their codes in
 * a table at the head of the file and referred to by place, so that a later version may reorder its
 * enums. Read strictly: a wrong magic or version, a cut or overlong file, an unknown code, a place out
 * of range, a non-finite position or a duplicate id refuses the whole file, which then only means that
 * there is no early picture.
 *
 * <pre>
 * "BCDRAW" u16 version=3 | i64 session length, i64 session CRC-32
 * 4 code tables: u8 count, count × UTF (node kinds, channel types, secrecy, link types)
 * u8 has camera [f64 x, f64 y, f64 zoom]
 * filter: u8 channel types chosen (0 all), each u8 channel type | u8 has years [i32 from, i32 to]
 * eras: u16 count, each UTF name, i32 from, i32 to
 * i32 nodes, each: UTF id, UTF name, u8 kind, u8 channel type (255 none), u8 secrecy (255 none), f64 x, f64 y, u8 flags (1 pinned, 2 selected)
 * i32 links, each: UTF id, u8 type, i32 from, i32 to, i32 channel (-1 none), u8 flags (1 mutual)
 * i32 end mark
 * </pre>
 */
public final class DrawingCacheFile {

    /**
     * 3: the filter the picture was drawn under and the analyst's eras; 2: links carry flags (a mutual exchange). A cache of an older version
     * is refused, so the next launch has no early picture once.
     */
    public static final int VERSION = 3;
    /** A 10,000-node picture is about 1.5 MB; anything much larger is not one this app wrote. */
    static final int MAX_BYTES = 256 * 1024 * 1024;
    private static final byte[] MAGIC = "BCDRAW".getBytes(StandardCharsets.US_ASCII);
    private static final int END = 0x454E44;
    /** The place that stands for no channel type or secrecy. */
    static final int NONE = 255;
    private static final int PINNED = 1;
    private static final int SELECTED = 2;
    private static final int MUTUAL = 1;
    /** Names longer than this are cut for the picture: it shows them as labels, the store has them whole. */
    static final int MAX_NAME = 1000;

    /** The cache that goes with a session file. */
    public static Path beside(Path sessionFile) {
        return sessionFile.resolveSibling(sessionFile.getFileName() + ".drawing");
    }

    public byte[] toBytes(DrawingCache cache) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + cache.nodes().size() * 64 + cache.links().size() * 56);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeShort(VERSION);
            out.writeLong(cache.sessionBytes().length());
            out.writeLong(cache.sessionBytes().crc32());
            for (List<String> codes : List.of(NodeKind.codes(), ChannelType.codes(), Secrecy.codes(), LinkType.codes())) {
                out.writeByte(codes.size());
                for (String code : codes) {
                    out.writeUTF(code);
                }
            }
            Session.Camera camera = cache.camera();
            out.writeBoolean(camera != null);
            if (camera != null) {
                out.writeDouble(camera.x());
                out.writeDouble(camera.y());
                out.writeDouble(camera.zoom());
            }
            DrawingCacheFilter.write(out, cache.filter());
            DrawingCacheFilter.writeEras(out, cache.eras());
            out.writeInt(cache.nodes().size());
            for (DrawingCache.Node n : cache.nodes()) {
                out.writeUTF(n.id());
                out.writeUTF(n.name().length() > MAX_NAME ? n.name().substring(0, MAX_NAME) : n.name());
                out.writeByte(n.kind().ordinal());
                out.writeByte(n.channelType() == null ? NONE : n.channelType().ordinal());
                out.writeByte(n.secrecy() == null ? NONE : n.secrecy().ordinal());
                out.writeDouble(n.x());
                out.writeDouble(n.y());
                out.writeByte((n.pinned() ? PINNED : 0) | (n.selected() ? SELECTED : 0));
            }
            out.writeInt(cache.links().size());
            for (DrawingCache.Link l : cache.links()) {
                out.writeUTF(l.id());
                out.writeByte(l.type().ordinal());
                out.writeInt(l.from());
                out.writeInt(l.to());
                out.writeInt(l.channel());
                out.writeByte(l.mutual() ? MUTUAL : 0);
            }
            out.writeInt(END);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    /**
     * The cache beside {@code sessionFile}, if there is one that is whole, of this version, and written
     * with the session file as it is now; otherwise empty, and {@code why} hears the reason (for the log).
     */
    public Optional<DrawingCache> readBeside(Path sessionFile, java.util.function.Consumer<String> why) {
        Path file = beside(sessionFile);
        try {
            if (!Files.isRegularFile(file)) {
                why.accept("no drawing cache at " + file);
                return Optional.empty();
            }
            DrawingCache cache = read(file.toString(), Files.readAllBytes(file));
            DrawingCache.SessionStamp session = DrawingCache.SessionStamp.of(Files.readAllBytes(sessionFile));
            if (!session.equals(cache.sessionBytes())) {
                why.accept(file + " was written with another version of " + sessionFile.getFileName());
                return Optional.empty();
            }
            return Optional.of(cache);
        } catch (NoSuchFileException e) {
            why.accept("no session file " + e.getFile());
            return Optional.empty();
        } catch (IOException | DrawingCacheException e) {
            why.accept(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Whether {@code cacheFile} is a drawing cache of this version, from its first bytes only: a session whose cache
     * is missing or of another version (written before an upgrade) is saved again, so the next launch has a picture.
     */
    public static boolean isCurrent(Path cacheFile) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(cacheFile))) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC) && in.readUnsignedShort() == VERSION;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads a cache, refusing anything this version did not write whole; {@code name} names the file in the message. */
    public DrawingCache read(String name, byte[] content) throws DrawingCacheException {
        if (content.length > MAX_BYTES) {
            throw new DrawingCacheException(name + ": " + content.length + " bytes is more than a drawing cache holds");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(content));
        try {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new DrawingCacheException(name + " is not a drawing cache");
            }
            int version = in.readUnsignedShort();
            if (version != VERSION) {
                throw new DrawingCacheException(name + " is a drawing cache of version " + version + "; this Backchannel reads " + VERSION);
            }
            DrawingCache.SessionStamp stamp = new DrawingCache.SessionStamp(in.readLong(), in.readLong());
            List<NodeKind> kinds = DrawingCacheChecks.table(in, name, "node kind", NodeKind::fromCode);
            List<ChannelType> channelTypes = DrawingCacheChecks.table(in, name, "channel type", ChannelType::fromCode);
            List<Secrecy> secrecies = DrawingCacheChecks.table(in, name, "secrecy", Secrecy::fromCode);
            List<LinkType> linkTypes = DrawingCacheChecks.table(in, name, "link type", LinkType::fromCode);
            Session.Camera camera = in.readBoolean() ? new Session.Camera(in.readDouble(), in.readDouble(), in.readDouble()) : null;
            SessionFilter filter = DrawingCacheFilter.read(in, channelTypes, name);
            Eras eras = DrawingCacheFilter.readEras(in);
            int nodeCount = DrawingCacheChecks.count(in, name, content.length, "nodes");
            List<DrawingCache.Node> nodes = new ArrayList<>(nodeCount);
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < nodeCount; i++) {
                String id = DrawingCacheChecks.unique(in.readUTF(), ids, name);
                String nodeName = in.readUTF();
                NodeKind kind = DrawingCacheChecks.pick(kinds, in.readUnsignedByte(), false, name, "node kind");
                ChannelType type = DrawingCacheChecks.pick(channelTypes, in.readUnsignedByte(), true, name, "channel type");
                Secrecy secrecy = DrawingCacheChecks.pick(secrecies, in.readUnsignedByte(), true, name, "secrecy");
                double x = in.readDouble();
                double y = in.readDouble();
                int flags = in.readUnsignedByte();
                if ((flags & ~(PINNED | SELECTED)) != 0) {
                    throw new DrawingCacheException(name + ": node " + id + " has unknown flags " + flags);
                }
                nodes.add(new DrawingCache.Node(id, kind, nodeName, type, secrecy, x, y, (flags & PINNED) != 0, (flags & SELECTED) != 0));
            }
            int linkCount = DrawingCacheChecks.count(in, name, content.length, "links");
            List<DrawingCache.Link> links = new ArrayList<>(linkCount);
            for (int i = 0; i < linkCount; i++) {
                String id = DrawingCacheChecks.unique(in.readUTF(), ids, name);
                LinkType type = DrawingCacheChecks.pick(linkTypes, in.readUnsignedByte(), false, name, "link type");
                int from = DrawingCacheChecks.place(in.readInt(), nodeCount, false, name, id);
                int to = DrawingCacheChecks.place(in.readInt(), nodeCount, false, name, id);
                int channel = DrawingCacheChecks.place(in.readInt(), nodeCount, true, name, id);
                int linkFlags = in.readUnsignedByte();
                if ((linkFlags & ~MUTUAL) != 0) {
                    throw new DrawingCacheException(name + ": link " + id + " has unknown flags " + linkFlags);
                }
                links.add(new DrawingCache.Link(id, type, from, to, channel, (linkFlags & MUTUAL) != 0));
            }
            if (in.readInt() != END || in.available() > 0) {
                throw new DrawingCacheException(name + " does not end where its counts say");
            }
            return new DrawingCache(stamp, nodes, links, camera, filter, eras);
        } catch (EOFException e) {
            throw new DrawingCacheException(name + " is cut short");
        } catch (IOException e) {
            throw new DrawingCacheException(name + " could not be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // A record refused a value: a non-finite position, a camera without a positive zoom.
            throw new DrawingCacheException(name + ": " + e.getMessage());
        }
    }
}
