/**
 * Graph layouts as pure code over plain data.
 *
 * <p>A {@link org.backchannel.layout.LayoutGraph} holds only what a layout needs (node count, weighted edges); a
 * {@link org.backchannel.layout.LayoutState} holds positions and pinned flags, owned by the caller. A
 * {@link org.backchannel.layout.Layout} moves the state in steps, so a view can animate a few steps per frame and
 * stop when the layout reports that it has settled. Nothing here knows about the domain model or about drawing,
 * and every layout is deterministic for a given start and seed.
 */
package org.backchannel.layout;
