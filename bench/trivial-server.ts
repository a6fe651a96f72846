/** The framework's ceiling for bench:http: Express 5 answering a fixed 1 KB JSON body, nothing else. */
import express from "express";

const body = { data: "x".repeat(1000 - 11) }; // {"data":"…"} is 1,000 bytes
const app = express();
app.disable("x-powered-by");
app.use(express.json());
app.post("/v1/classify", (_req, res) => {
  res.json(body);
});
const server = app.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") process.stderr.write(`{"url":"http://127.0.0.1:${address.port}"}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
