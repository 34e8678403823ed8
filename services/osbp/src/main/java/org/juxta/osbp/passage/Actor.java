package org.juxta.osbp.passage;

import org.juxta.shared.caller.Caller;

/**
 * Who acts on a passage's step: an officer at the post, or later an agency's system reporting the decision
 * its own service made. Only an actor of the step's own state and agency may act on it.
 *
 * @param state
 *            the actor's state
 * @param agency
 *            the actor's agency: immigration, customs or health
 * @param name
 *            the user name or client id, for the timeline
 */
public record Actor(String state, String agency, String name) {

    /** The caller of a request, acting for the agency and state its token names. */
    public static Actor of(Caller caller) {
        return new Actor(caller.state(), caller.agency(), caller.username());
    }
}
