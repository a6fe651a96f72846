/** A listed word or phrase as regular-expression source: special characters escaped, and a run of spaces or hyphens matching any such run ("sign-up" finds "sign up"). */
export const phraseSource = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s-]+/g, "[\\s-]+");
