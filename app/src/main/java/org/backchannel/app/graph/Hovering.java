package org.backchannel.app.graph;

/** What the canvas tells about what lies under the pointer, for a card that says what it is. */
public interface Hovering {

    Hovering NOTHING = new Hovering() {
        @Override
        public void node(String id) {
        }

        @Override
        public void link(String id) {
        }

        @Override
        public void none() {
        }
    };

    /** Hears of nodes, links and nothing through the three given actions. */
    static Hovering of(java.util.function.Consumer<String> node, java.util.function.Consumer<String> link, Runnable none) {
        return new Hovering() {
            @Override
            public void node(String id) {
                node.accept(id);
            }

            @Override
            public void link(String id) {
                link.accept(id);
            }

            @Override
            public void none() {
                none.run();
            }
        };
    }

    void node(String id);

    void link(String id);

    void none();
}
