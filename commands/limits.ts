/** How long a question may be: longer ones are answered from their first part, and the user is told. */
export const MAX_QUESTION_LENGTH = 500;
