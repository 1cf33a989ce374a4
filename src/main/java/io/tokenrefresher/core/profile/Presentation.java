package io.tokenrefresher.core.profile;

/** What only the user sees of a profile: the environment colour and free-text notes. Never sent anywhere. */
public record Presentation(EnvironmentColour colour, String notes) {

    public static final Presentation NONE = new Presentation(EnvironmentColour.NONE, "");

    public Presentation {
        colour = colour == null ? EnvironmentColour.NONE : colour;
        notes = notes == null ? "" : notes;
    }

    public Presentation withColour(EnvironmentColour newColour) {
        return new Presentation(newColour, notes);
    }

    public Presentation withNotes(String newNotes) {
        return new Presentation(colour, newNotes);
    }
}
