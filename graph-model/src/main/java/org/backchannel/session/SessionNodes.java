package org.backchannel.session;

import org.backchannel.model.CodedValue;
import org.backchannel.model.NodeColouring;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.SizeMeasure;
import org.backchannel.session.SessionJson.NodeStyleJson;

/**
 * The session's optional {@code nodeStyle} object, {@code {"sizeBy": "betweenness", "colourBy": "community"}}:
 * left out when nodes are drawn the default way, so that files written before it existed and files that
 * keep the default read and write the same; either field left out means its default.
 */
final class SessionNodes {

    private final SessionChecks check;

    SessionNodes(SessionChecks check) {
        this.check = check;
    }

    static NodeStyleJson toJson(NodeEncoding encoding) {
        return encoding.equals(NodeEncoding.DEFAULT) ? null
                : new NodeStyleJson(encoding.sizeBy().code(), encoding.colourBy().code());
    }

    /** The encoding the object says; problems go to the log, and the default stands in for what is wrong. */
    NodeEncoding read(NodeStyleJson json) {
        if (json == null) {
            return NodeEncoding.DEFAULT;
        }
        SizeMeasure size = json.sizeBy() == null ? NodeEncoding.DEFAULT.sizeBy()
                : check.vocabulary(json.sizeBy(), "/nodeStyle/sizeBy", "size measure",
                        code -> CodedValue.fromCode(SizeMeasure.class, code), CodedValue.codes(SizeMeasure.class));
        NodeColouring colour = json.colourBy() == null ? NodeEncoding.DEFAULT.colourBy()
                : check.vocabulary(json.colourBy(), "/nodeStyle/colourBy", "node colouring",
                        code -> CodedValue.fromCode(NodeColouring.class, code), CodedValue.codes(NodeColouring.class));
        return size == null || colour == null ? NodeEncoding.DEFAULT : new NodeEncoding(size, colour);
    }
}
