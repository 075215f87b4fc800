package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;

/** Text broken into lines that fit a width: captions, notes and legend entries of every figure. */
public final class TextWrap {

    private TextWrap() {
    }

    /** Breaks lines of text at spaces to fit a width; a single word too long for a line keeps a line of its own. */
    public static List<String> lines(List<String> lines, double maxWidth, double size, TextMetrics metrics) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            StringBuilder current = new StringBuilder();
            for (String word : line.strip().split("\\s+")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (current.length() > 0 && metrics.textWidth(candidate, size, false) > maxWidth) {
                    wrapped.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                } else {
                    current.setLength(0);
                    current.append(candidate);
                }
            }
            wrapped.add(current.toString());
        }
        return wrapped;
    }
}
