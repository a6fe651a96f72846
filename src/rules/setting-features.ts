/** What a file's price and sale settings may hold: the features they name. */
interface PriceSettings {
  percentFee?: { feature: string } | undefined;
  unitPrice?: { feature: string } | undefined;
  saleObjects?: { objects: Record<string, unknown> } | undefined;
}

/**
 * The lexicon features that scoring.json's or a language file's price and sale settings name, each with
 * its path in the file: percentFee's and unitPrice's `feature`, and saleObjects' object keys.
 */
export function settingFeatures(settings: PriceSettings): { path: (string | number)[]; feature: string }[] {
  const named: { path: (string | number)[]; feature: string }[] = [];
  for (const key of ["percentFee", "unitPrice"] as const) {
    const feature = settings[key]?.feature;
    if (feature !== undefined) named.push({ path: [key, "feature"], feature });
  }
  for (const feature of Object.keys(settings.saleObjects?.objects ?? {})) named.push({ path: ["saleObjects", "objects", feature], feature });
  return named;
}
