package org.backchannel.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticDataset;
import org.backchannel.synthetic.SyntheticSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Any run of commands, undone one by one, ends exactly where it began, positions included; redone, exactly where it ended. */
class RandomUndoTest {

    private static final int COMMANDS = 50;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1969})
    void fiftyRandomCommandsThenFiftyUndosGiveBackTheStart(long seed) {
        StoreStandIn store = new StoreStandIn(SyntheticDataset.generate(SyntheticSize.S, Shape.SCALE_FREE, seed));
        SplittableRandom random = new SplittableRandom(seed);
        Exploration exploration = new Exploration();
        exploration.load(store.overview(200));
        List<String> laidOut = List.copyOf(exploration.visible().nodeIds());
        exploration.commands().place(laidOut, coordinates(random, laidOut.size()), coordinates(random, laidOut.size()));
        exploration.selectOnly(laidOut.subList(0, 5));
        ExplorationSnapshot start = exploration.snapshot();
        int asked = store.questions();

        for (int i = 0; i < COMMANDS; i++) {
            randomCommand(exploration, store, random);
            assertThat(exploration.history().position()).isEqualTo(i + 1);
        }
        ExplorationSnapshot end = exploration.snapshot();
        int askedForCommands = store.questions() - asked;

        for (int i = 0; i < COMMANDS; i++) {
            exploration.undo();
        }
        assertThat(exploration.snapshot()).isEqualTo(start);
        assertThat(exploration.history().canUndo()).isFalse();

        exploration.goTo(COMMANDS);
        assertThat(exploration.snapshot()).isEqualTo(end);
        assertThat(store.questions() - asked).as("undo and redo ask the store nothing").isEqualTo(askedForCommands);
    }

    /** One command that changes something, and the layout moves that follow it. */
    private static void randomCommand(Exploration exploration, StoreStandIn store, SplittableRandom random) {
        int before = exploration.history().position();
        while (exploration.history().position() == before) {
            List<String> scene = List.copyOf(exploration.snapshot().sceneNodeIds());
            String node = scene.get(random.nextInt(scene.size()));
            SceneCommands commands = exploration.commands();
            switch (random.nextInt(10)) {
                case 0, 1 -> commands.expand(node, store.neighbours(node, 1 + random.nextInt(60)));
                case 2 -> commands.hide(Set.of(node));
                case 3 -> commands.show(exploration.hidden());
                case 4 -> commands.remove(List.of(node));
                case 5 -> commands.keepOnly(scene.subList(0, Math.max(1, scene.size() - 1 - random.nextInt(10))));
                case 6 -> commands.apply(randomFilter(random));
                case 7 -> commands.setPinned(node, !exploration.drawing().isPinned(node));
                case 8 -> commands.move(node, random.nextDouble(-500, 500), random.nextDouble(-500, 500));
                default -> commands.switchLayout(LayoutMode.values()[random.nextInt(LayoutMode.values().length)]);
            }
        }
        List<String> visible = List.copyOf(exploration.visible().nodeIds());
        exploration.commands().place(visible, coordinates(random, visible.size()), coordinates(random, visible.size()));
    }

    private static GraphFilter randomFilter(SplittableRandom random) {
        if (random.nextInt(4) == 0) {
            return GraphFilter.ALL;
        }
        int from = 1945 + random.nextInt(70);
        Set<ChannelType> types = random.nextBoolean() ? Set.of() : Set.of(ChannelType.values()[random.nextInt(ChannelType.values().length)]);
        return new GraphFilter(types, new YearRange(from, from + random.nextInt(20)));
    }

    private static double[] coordinates(SplittableRandom random, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextDouble(-1000, 1000);
        }
        return values;
    }
}
