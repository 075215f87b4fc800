package org.backchannel.app.export;

import org.backchannel.render.ExportOptions;
import org.backchannel.render.PdfPage;
import org.backchannel.render.timeline.LaneMode;

/**
 * What the export dialog was asked for. {@code scope} and {@code notes} apply to the network; {@code lanes} to
 * the timeline chart, which always shows what the graph shows (the same filters).
 */
public record ExportRequest(ExportView view, ExportScope scope, LaneMode lanes, ExportOptions options, boolean notes,
                            PdfPage paper) {
}
