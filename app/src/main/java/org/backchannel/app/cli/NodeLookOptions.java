package org.backchannel.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.measures.SceneMeasures;
import org.backchannel.model.CodedValue;
import org.backchannel.model.NodeColouring;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.SizeMeasure;
import org.backchannel.session.Session;
import org.backchannel.store.GraphFilter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * What a figure's node sizes and colours mean: {@code --size-by} and {@code --colour-by}, as the window's
 * View menu offers them. A picocli mixin; options not given take a session's choice, else the default.
 */
final class NodeLookOptions {

    @Option(names = "--size-by", paramLabel = "MEASURE", converter = SizeConverter.class, completionCandidates = SizeCodes.class,
            description = "what node size shows: ${COMPLETION-CANDIDATES} (default: degree, or the session's)")
    private SizeMeasure sizeBy;

    @Option(names = "--colour-by", paramLabel = "COLOURING", converter = ColourConverter.class, completionCandidates = ColourCodes.class,
            description = "what node colour shows: ${COMPLETION-CANDIDATES} (default: kind, or the session's)")
    private NodeColouring colourBy;

    /** The options given, else the session's choice (when there is one), else the default. */
    NodeEncoding encoding(Session session) {
        NodeEncoding base = session == null ? NodeEncoding.DEFAULT : session.nodeEncoding();
        return new NodeEncoding(sizeBy == null ? base.sizeBy() : sizeBy, colourBy == null ? base.colourBy() : colourBy);
    }

    /** The measures the encoding needs, computed as the window's Measures panel does; none when degree and kind will do. */
    static Map<String, NodeMeasures> measures(NodeEncoding encoding, LoadedGraph graph, GraphFilter filter) {
        if (!encoding.needsMeasures()) {
            return Map.of();
        }
        return SceneMeasures.of(graph, filter).stream().collect(Collectors.toMap(NodeMeasures::nodeId, Function.identity()));
    }

    static final class SizeConverter implements ITypeConverter<SizeMeasure> {
        @Override
        public SizeMeasure convert(String value) {
            return parse(SizeMeasure.class, value, "size measure");
        }
    }

    static final class ColourConverter implements ITypeConverter<NodeColouring> {
        @Override
        public NodeColouring convert(String value) {
            return parse(NodeColouring.class, value, "node colouring");
        }
    }

    static final class SizeCodes extends ArrayList<String> {
        SizeCodes() {
            super(CodedValue.codes(SizeMeasure.class));
        }
    }

    static final class ColourCodes extends ArrayList<String> {
        ColourCodes() {
            super(CodedValue.codes(NodeColouring.class));
        }
    }

    private static <E extends Enum<E> & CodedValue> E parse(Class<E> vocabulary, String value, String what) {
        List<String> codes = CodedValue.codes(vocabulary);
        return CodedValue.fromCode(vocabulary, value).orElseThrow(() -> new TypeConversionException(
                "unknown " + what + " \"" + value + "\"; use one of " + String.join(", ", codes)));
    }
}
