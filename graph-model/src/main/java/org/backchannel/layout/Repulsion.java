package org.backchannel.layout;

/**
 * ForceAtlas2's degree-weighted repulsion between every pair of nodes, F = k<sub>r</sub>·m<sub>a</sub>·m<sub>b</sub>/d
 * with mass m = degree + 1, so that hubs push harder and leaves cluster around them.
 *
 * <p>The work is split in two so that it can later be spread over threads: {@link #prepare} reads the positions once
 * per step, and {@link #accumulate} then handles one range of a node order of the implementation's choosing (index
 * order, or an order in which neighbours in the plane come together). Every node has exactly one place in that
 * order and a call only writes the forces of its own nodes, so disjoint ranges may run concurrently.
 */
interface Repulsion {

    /** Takes the positions and masses for this step; the arrays must not change until the step's forces are summed. */
    void prepare(double[] xs, double[] ys, double[] mass);

    /**
     * Adds the repulsion felt by the nodes at places {@code from..to-1} of this step's order to {@code fx}/{@code fy};
     * {@code accumulate(0, n, …)} covers every node.
     *
     * @return whether one of these nodes shares its exact position with another node; such pairs exert no force on
     *         each other because they have no direction, so the caller must move them apart
     */
    boolean accumulate(int from, int to, double[] fx, double[] fy);
}
