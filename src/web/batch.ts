/** The batch page (GET /batch): a CSV or JSONL file in, a table of results out. */
import { byId } from "./lib/dom.ts";

byId("status").textContent = "";
