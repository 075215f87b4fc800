package org.backchannel.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.testing.OpenedPanes;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.HighlightSource;
import org.backchannel.model.Citation;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.questions.ChannelPartners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParallelChannelsViewModelTest {

    private static final String BACK_CHANNEL = "kissinger-dobrynin-back-channel";
    private static final String HOTLINE = "washington-moscow-hotline";

    private Dataset dataset;
    private Exploration exploration;
    private ParallelChannelsViewModel channels;

    @BeforeEach
    void openTheBundledDataset() throws Exception {
        dataset = BundledDataset.load();
        ExplorerPanes panes = OpenedPanes.of(dataset);
        exploration = panes.exploration();
        channels = panes.channels();
    }

    @Test
    void aChannelsMenuAsksAboutThePartiesItConnectsAndListsBackAndFrontChannelsOnOneAxis() {
        channels.startFrom(BACK_CHANNEL);

        assertThat(channels.firstProperty().get().id()).isEqualTo("united-states");
        assertThat(channels.secondProperty().get().id()).isEqualTo("soviet-union");
        ChannelLine back = line(BACK_CHANNEL);
        ChannelLine hotline = line(HOTLINE);
        assertThat(back.tier()).isEqualTo("back");
        assertThat(hotline.tier()).isEqualTo("front");
        assertThat(back.bar()).as("the back channel is dated, so it has a bar on the axis").isNotNull();
        assertThat(back.bar()[0]).isBetween(0.0, back.bar()[1]);
        assertThat(channels.axisProperty().get().from()).isLessThanOrEqualTo(1969);
        assertThat(channels.getChannels().indexOf(hotline)).as("front channels first, then back")
                .isLessThan(channels.getChannels().indexOf(back));
        assertThat(channels.limitsProperty().get()).contains("hand-over");
    }

    @Test
    void aPartyOfTheChannelsWithSubmenuIsAskedAtOnceAndTheSubmenuOffersOnlyPartiesWithChannels() {
        List<ChannelPartners.Partner> partners = ChannelPartners.of(exploration.graph(), exploration.filter(), "united-states", 10);
        assertThat(partners).extracting(p -> p.party().id()).contains("soviet-union");

        channels.between("united-states", "soviet-union");

        assertThat(channels.secondProperty().get().id()).isEqualTo("soviet-union");
        int offered = partners.stream().filter(p -> p.party().id().equals("soviet-union")).findFirst().orElseThrow().channels();
        assertThat(channels.getChannels()).hasSize(offered).extracting(ChannelLine::channelId).contains(BACK_CHANNEL, HOTLINE);
    }

    @Test
    void aParallelFlagShowsTheQuotesItRestsOnAndHighlightsIt() {
        channels.startFrom(BACK_CHANNEL);

        FlagLine parallel = channels.getFlags().stream().filter(f -> f.kind().startsWith("Parallel"))
                .filter(f -> f.ids().contains(HOTLINE)).findFirst().orElseThrow();
        channels.showFlag(parallel);

        String hotlineQuote = tiesOf(HOTLINE).stream().flatMap(l -> l.citations().stream()).map(Citation::quote).findFirst().orElseThrow();
        assertThat(channels.getEvidence()).anySatisfy(line -> assertThat(line).contains(hotlineQuote));
        assertThat(exploration.highlights().of(HighlightSource.PARALLEL_CHANNELS)).contains(BACK_CHANNEL, HOTLINE);
    }

    @Test
    void pickingAChannelSelectsItAndListsItsExchangesWithDatesAndQuotes() {
        channels.startFrom(BACK_CHANNEL);

        channels.showChannel(line(BACK_CHANNEL));

        assertThat(exploration.selection()).containsExactly(BACK_CHANNEL);
        GraphLink exchange = dataset.links().stream().filter(l -> BACK_CHANNEL.equals(l.channelId())).findFirst().orElseThrow();
        assertThat(exploration.highlights().of(HighlightSource.PARALLEL_CHANNELS))
                .contains(BACK_CHANNEL, exchange.id(), exchange.fromId(), exchange.toId());
        assertThat(channels.getEvidence()).anySatisfy(line -> assertThat(line).contains(exchange.span().toString()))
                .anySatisfy(line -> assertThat(line).contains(exchange.citations().get(0).quote()));
    }

    @Test
    void fromAnActorTheOtherPartyIsAskedForAndPickingItByNameAsksThenSwappingAsksAgain() {
        channels.startFrom("henry-kissinger");

        assertThat(channels.messageProperty().get()).contains("type the other party");
        assertThat(channels.getChannels()).isEmpty();

        channels.secondSearch().queryProperty().set("Anatoly Dobrynin");
        channels.secondSearch().submit();
        assertThat(channels.getChannels()).extracting(ChannelLine::channelId).contains(BACK_CHANNEL);

        channels.swap();
        assertThat(channels.firstProperty().get().id()).isEqualTo("anatoly-dobrynin");
        assertThat(channels.getChannels()).extracting(ChannelLine::channelId).contains(BACK_CHANNEL);
    }

    @Test
    void aPartyTakenOutOfTheSceneIsNamedAndNothingIsAsked() {
        exploration.commands().remove(List.of("soviet-union"));

        channels.startFrom(BACK_CHANNEL);

        assertThat(channels.messageProperty().get()).isEqualTo("Soviet Union is not in the scene: bring it in (search, or expand a neighbour) first.");
        assertThat(channels.getChannels()).isEmpty();
    }

    private ChannelLine line(String channelId) {
        return channels.getChannels().stream().filter(c -> c.channelId().equals(channelId)).findFirst().orElseThrow();
    }

    private List<GraphLink> tiesOf(String channelId) {
        return dataset.links().stream().filter(l -> l.fromId().equals(channelId) && l.toId().equals("united-states")).toList();
    }
}
