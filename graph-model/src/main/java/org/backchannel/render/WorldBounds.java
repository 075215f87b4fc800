package org.backchannel.render;

/** The smallest world rectangle that holds every node of a scene, radius included. */
record WorldBounds(double minX, double minY, double maxX, double maxY) {

    /** The bounds of the scene's nodes; {@code null} for an empty scene. */
    static WorldBounds of(GraphScene scene) {
        if (scene.nodes().isEmpty()) {
            return null;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (SceneNode node : scene.nodes()) {
            minX = Math.min(minX, node.x() - node.radius());
            minY = Math.min(minY, node.y() - node.radius());
            maxX = Math.max(maxX, node.x() + node.radius());
            maxY = Math.max(maxY, node.y() + node.radius());
        }
        return new WorldBounds(minX, minY, maxX, maxY);
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }
}
