/** Stable error codes, shared by IPC, the HTTP bridge and the UI (which translates them). */
export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'nothing-to-undo',
  'nothing-to-redo',
  'future-version',
  'damaged-file',
  'io-error',
  /** A change that could not be made durable on disk, so it was not made (disk full, read-only). */
  'not-saved',
  'unauthorized',
  'locked',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error that crosses process boundaries: a stable code, a Dutch message, optional details. */
export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: readonly string[];
}

/** Either a value or an AppError; returned by every API call and by pure domain operations. */
export type Result<T, E = AppError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/** Wraps an error as a failed Result. */
export function err(code: ErrorCode, message: string, details?: readonly string[]): Result<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/** A throwable AppError, for handlers in main: the dispatcher turns it into a failed Result. */
export class WijkwebError extends Error implements AppError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: readonly string[],
  ) {
    super(message);
    this.name = 'WijkwebError';
  }

  /** The plain, serialisable form of this error. */
  toAppError(): AppError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/** Returns the value of a Result or throws its error as a WijkwebError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new WijkwebError(result.error.code, result.error.message, result.error.details);
}
