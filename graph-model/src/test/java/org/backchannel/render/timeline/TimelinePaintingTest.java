package org.backchannel.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.render.timeline.Charts.actor;
import static org.backchannel.render.timeline.Charts.at;
import static org.backchannel.render.timeline.Charts.channel;
import static org.backchannel.render.timeline.Charts.event;
import static org.backchannel.render.timeline.Charts.exchange;
import static org.backchannel.render.timeline.Charts.link;
import static org.backchannel.render.timeline.Charts.span;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.regex.Pattern;
import org.backchannel.model.ChannelType;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.LegendContent;
import org.backchannel.render.Palette;
import org.backchannel.render.SvgPainter;
import org.junit.jupiter.api.Test;

/** The chart painted and exported, and picked where the painter drew things. */
class TimelinePaintingTest {

    private static final String LONG_NAME = "Pakistani national security officials of the 2004 round";

    private final List<GraphNode> nodes = List.of(actor("envoy"),
            new GraphNode("officials", org.backchannel.model.NodeKind.ACTOR, LONG_NAME, List.of(), "group", null, null, null, null,
                    null, List.of()),
            channel("channel", ChannelType.HEAD_OF_STATE_LINE, Secrecy.SECRET, span("1963", null)),
            event("summit", at("2021-11-02")));
    private final List<GraphLink> links = List.of(
            exchange("call", "envoy", "officials", "channel", at("1970")),
            exchange("visit", "officials", "envoy", "channel", at("2021-11-02")),
            link("in-1", LinkType.PARTICIPATES_IN, "envoy", "channel", null),
            link("in-2", LinkType.PARTICIPATES_IN, "officials", "channel", null),
            link("went", LinkType.TOOK_PART_IN, "envoy", "summit", null));
    private final TimelineChart chart = TimelineBuilder.build(nodes, links, LaneMode.ACTORS);

    @Test
    void theSvgNamesEveryLaneAndMarkerWholeAndThePngHasThePagesWidth() {
        ExportOptions options = new ExportOptions(900, 1, false, true, List.of("caption line"));
        TimelineExporter exporter = new TimelineExporter(Palette.standard());
        String svg = exporter.toSvg(chart, options);
        for (GraphNode node : nodes) {
            if (node.kind() != org.backchannel.model.NodeKind.CHANNEL) {
                assertThat(svg).contains(node.name());
            }
        }
        assertThat(svg).contains("caption line").doesNotContain("…");
        BufferedImage png = exporter.toImage(chart, options);
        assertThat(png.getWidth()).isEqualTo(options.width());
        assertThat(png.getHeight()).isGreaterThan((int) TimelineFrame.contentHeight(chart));
    }

    @Test
    void thePdfIsOnePageWhoseTextLayerNamesEveryLaneAndTheCaption() throws Exception {
        ExportOptions options = new ExportOptions(900, 1, false, true, List.of("caption line"));
        byte[] pdf = new TimelineExporter(Palette.standard()).toPdf(chart, options, org.backchannel.render.PdfPage.A4_LANDSCAPE);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (Lane lane : chart.lanes()) {
                assertThat(text).contains(lane.label());
            }
            assertThat(text).contains("caption line").doesNotContain("…");
        }
    }

    @Test
    void theAxisNamesYearsWhenZoomedOutAndDaysWhenZoomedIn() {
        TimelineFrame whole = TimelineFrame.fit(chart, 1200, 400, new SvgPainter(1, 1));
        List<TimeTicks.Tick> ticks = TimeTicks.of(chart.scale(), whole);
        assertThat(ticks).anySatisfy(t -> assertThat(t.label()).isEqualTo("1970"));
        double day = java.time.LocalDate.of(2021, 11, 2).toEpochDay();
        TimelineFrame close = whole.zoomAt(2000, whole.x(chart.scale(), day));
        List<TimeTicks.Tick> closeTicks = TimeTicks.of(chart.scale(), close);
        assertThat(closeTicks).anySatisfy(t -> assertThat(t.level()).isEqualTo(TimeTicks.Level.DAY));
        assertThat(closeTicks).noneSatisfy(t -> assertThat(t.label()).isEqualTo("1970"));
    }

    @Test
    void aClickFindsTheLaneTheMarkerAndTheExchangeWhereTheyWereDrawn() {
        TimelineFrame frame = TimelineFrame.fit(chart, 1200, 400, new SvgPainter(1, 1));
        double[] tops = frame.laneTops(chart);
        int envoy = chart.laneOf("envoy");
        double y = TimelinePainter.centre(tops, envoy);
        assertThat(TimelinePicking.at(chart, frame, 10, y).nodeId()).isEqualTo("envoy");
        ChartMarker summit = chart.markers().get(0);
        double x = (frame.x(chart.scale(), summit.when().from()) + frame.x(chart.scale(), summit.when().to())) / 2;
        assertThat(TimelinePicking.at(chart, frame, x, y).nodeId()).isEqualTo("summit");
        ChartExchange call = chart.exchanges().get(0);
        double between = (TimelinePainter.centre(tops, call.fromLane()) + TimelinePainter.centre(tops, call.toLane())) / 2;
        assertThat(TimelinePicking.at(chart, frame, frame.x(chart.scale(), call.when().middle()), between).linkId())
                .isEqualTo("call");
        assertThat(TimelinePicking.at(chart, frame, x, 5)).as("the axis").isNull();
    }

    @Test
    void aMeetingOfItsPartiesHasNoArrowheadWhereACableKeepsItsOwn() {
        GraphLink meeting = new GraphLink("meeting", LinkType.SPOKE_WITH, "officials", "envoy", "channel", null, null,
                at("2021-11-02"), null, List.of(), null, List.of(), true);
        List<GraphLink> withMeeting = List.of(links.get(0), meeting, links.get(2), links.get(3), links.get(4));
        TimelineChart mixed = TimelineBuilder.build(nodes, withMeeting, LaneMode.ACTORS);
        ExportOptions noLegend = new ExportOptions(900, 1, false, false, List.of());
        TimelineExporter exporter = new TimelineExporter(Palette.standard());

        assertThat(mixed.exchanges()).filteredOn(ChartExchange::mutual).extracting(ChartExchange::linkId).containsExactly("meeting");
        // The same chart with the visit a meeting instead: one arrowhead fewer, everything else alike.
        assertThat(arrowheads(exporter.toSvg(mixed, noLegend))).isEqualTo(arrowheads(exporter.toSvg(chart, noLegend)) - 1);
        assertThat(mixed.legend().directions()).isEqualTo(new LegendContent.ExchangeDirections(true, true));
    }

    /** Three-cornered polygons: the arrowheads among them. */
    private static long arrowheads(String svg) {
        return Pattern.compile("<polygon points=\"([^\"]*)\"").matcher(svg).results()
                .filter(m -> m.group(1).strip().split("\\s+").length == 3).count();
    }
}
