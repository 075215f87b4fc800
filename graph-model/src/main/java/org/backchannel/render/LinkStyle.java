package org.backchannel.render;

import org.backchannel.model.Secrecy;

/**
 * How one link is stroked, decided once by the {@link Palette} for the screen, the legend and every export.
 *
 * @param rgb     the line's colour
 * @param width   its width in pixels at the painter's type scale of 1
 * @param secrecy the secrecy whose dash pattern it takes, or {@code null} for a solid line
 * @param arrow   whether an arrowhead marks its direction (exchanges and cause and effect)
 */
public record LinkStyle(int rgb, double width, Secrecy secrecy, boolean arrow) {
}
