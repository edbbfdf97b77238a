import { expect } from 'vitest';
import { UserError } from '../../shared/errors';

/** The UserError a promise rejects with (the test fails if it resolves, or rejects with anything else). */
export async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}
