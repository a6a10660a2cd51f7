/** Exit code: all went well. */
export const EXIT_OK = 0;
/** Exit code: the input (file, value) is invalid or could not be read. */
export const EXIT_INVALID_INPUT = 1;
/** Exit code: the command was called the wrong way. */
export const EXIT_USAGE = 2;

/** The command line was wrong (unknown command or option, missing argument): exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The input was wrong or unreadable: exit 1, with a Dutch message naming file and place. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
