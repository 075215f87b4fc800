package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShapeGeometryTest {

    @ParameterizedTest
    @EnumSource(value = NodeShape.class, names = {"DIAMOND", "HEXAGON", "TRIANGLE", "OCTAGON"})
    void polygonsHaveTheAreaOfTheCircleOfTheSameRadius(NodeShape shape) {
        double[] points = ShapeGeometry.polygon(shape, 50, 50, 10);

        assertThat(points).hasSize(2 * ShapeGeometry.corners(shape));
        assertThat(area(points)).isCloseTo(Math.PI * 100, within(1e-6));
    }

    @Test
    void theRoundedSquareHasTheCirclesAreaBeforeRounding() {
        double side = 2 * ShapeGeometry.halfSide(10);

        assertThat(side * side).isCloseTo(Math.PI * 100, within(1e-6));
        assertThat(ShapeGeometry.cornerRadius(10)).isPositive().isLessThan(side / 2);
    }

    @Test
    void shapesPointTheWayReadersExpect() {
        double[] triangle = ShapeGeometry.polygon(NodeShape.TRIANGLE, 0, 0, 10);
        double[] diamond = ShapeGeometry.polygon(NodeShape.DIAMOND, 0, 0, 10);

        assertThat(triangle[0]).as("apex straight up").isCloseTo(0, within(1e-9));
        assertThat(triangle[1]).isNegative();
        assertThat(diamond[0]).as("a corner, not a side, on top").isCloseTo(0, within(1e-9));
    }

    @Test
    void theBoundaryIsTheCornerTowardsACornerAndTheSideMidpointBetweenTwo() {
        double corner = Math.hypot(ShapeGeometry.polygon(NodeShape.DIAMOND, 0, 0, 10)[0],
                ShapeGeometry.polygon(NodeShape.DIAMOND, 0, 0, 10)[1]);

        assertThat(ShapeGeometry.boundaryDistance(NodeShape.DIAMOND, 10, -Math.PI / 2)).isCloseTo(corner, within(1e-9));
        assertThat(ShapeGeometry.boundaryDistance(NodeShape.DIAMOND, 10, -Math.PI / 4))
                .isCloseTo(corner * Math.cos(Math.PI / 4), within(1e-9));
        assertThat(ShapeGeometry.boundaryDistance(NodeShape.CIRCLE, 10, 1.234)).isEqualTo(10);
    }

    @Test
    void anArrowHeadStartsAtItsTipAndLiesBehindIt() {
        double[] arrow = ShapeGeometry.arrowHead(100, 100, 0, 10);

        assertThat(arrow).hasSize(6);
        assertThat(arrow[0]).isEqualTo(100);
        assertThat(arrow[2]).isCloseTo(90, within(1e-9));
        assertThat(arrow[4]).isCloseTo(90, within(1e-9));
        assertThat(Math.abs(arrow[3] - arrow[5])).isCloseTo(9, within(1e-9));
    }

    /** The shoelace formula. */
    private static double area(double[] points) {
        double twice = 0;
        int n = points.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            twice += points[2 * i] * points[2 * j + 1] - points[2 * j] * points[2 * i + 1];
        }
        return Math.abs(twice) / 2;
    }
}
