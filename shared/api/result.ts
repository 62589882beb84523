// The one result shape every transport returns.
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'refused',
  'forbidden',
  'unknown_method',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  /** Norwegian, fit to show the guide as it is. */
  message: string;
  /** Per-field messages for forms, keyed by input field name. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by handlers for expected failures; transports turn it into a Result. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toBody(): ApiErrorBody {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}
