/** The message of a thrown error (an ApiError's is Swedish and meant for the user). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
