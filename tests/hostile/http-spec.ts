import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

/** Validators for the OpenAPI document's component schemas, as a client generated from it would check. */
export function componentValidator(doc: { components: unknown }): (name: string) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: "doc", components: doc.components });
  const cache = new Map<string, ValidateFunction>();
  return (name) => {
    let v = cache.get(name);
    if (v === undefined) {
      v = ajv.compile({ $ref: `doc#/components/schemas/${name}` });
      cache.set(name, v);
    }
    return v;
  };
}
