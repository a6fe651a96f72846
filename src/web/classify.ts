/** The classify page (GET /): a description and answers in, the classification with its evidence out. */
import { byId, fill } from "./lib/dom.ts";

byId("status").textContent = "";
fill(byId("answers"));
