import { z } from "zod";

/** One problem with an input, a row or a rules file: where it is and what is wrong. */
export const Issue = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof Issue>;
