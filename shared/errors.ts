/**
 * An error whose message is written for the user (in Swedish). Anything else
 * that reaches the boundary is reported as an unexpected error.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
