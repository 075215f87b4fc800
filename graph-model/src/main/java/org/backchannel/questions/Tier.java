package org.backchannel.questions;

import org.backchannel.model.Secrecy;

/** Which side of the article's distinction a channel is on: the official front, or the back behind it. */
public enum Tier {
    /** Public or acknowledged. */
    FRONT,
    /** Deniable or secret. */
    BACK,
    /** The data gives no secrecy. */
    UNKNOWN;

    public static Tier of(Secrecy secrecy) {
        if (secrecy == null) {
            return UNKNOWN;
        }
        return secrecy == Secrecy.SECRET || secrecy == Secrecy.DENIABLE ? BACK : FRONT;
    }
}
