// The input's size limits, apart from the schema (no zod here): the plain-row fast path checks them
// in batch workers, which load zod only when a row needs the whole schema.
/** Longest description accepted; long marketing pages fit, whole annual reports do not. */
export const MAX_DESCRIPTION_LENGTH = 20_000;
export const MAX_ID_LENGTH = 200;
export const MAX_NAME_LENGTH = 500;
/** Most levels of objects and lists in one CompanyInput (a valid one has 3: input, answers, a list). */
export const MAX_INPUT_DEPTH = 8;
