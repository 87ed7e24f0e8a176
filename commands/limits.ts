/** How long a question may be: longer ones are answered from their first part, and the user is told. */
export const MAX_QUESTION_LENGTH = 500;
/** A tag is a short topic name: longer text is cut before any search (and the schema says so to Discord). */
export const MAX_TAG_LENGTH = 100;
/** What Discord lets a user type into an autocompleted option; handlers cut anything longer themselves. */
export const MAX_TYPED_LENGTH = 100;
/**
 * The most text any command reads from one option, whatever the front end delivers: Discord's largest message
 * (Nitro). Questions are then cut to MAX_QUESTION_LENGTH, so no input makes one answer do more work than that.
 */
export const MAX_INPUT_LENGTH = 4_000;
