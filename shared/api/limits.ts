// Size limits of the API, in one place (both transports and the UI read them).

/** The largest request body the API accepts: imports send files as base64 in it. */
export const MAX_REQUEST_BYTES = 24 * 1024 * 1024;
