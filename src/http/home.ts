import type { AnyRoute } from "./route.ts";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page at GET /: what the service is, its endpoints (from the route table) and where its OpenAPI document is. */
export function homePage(routes: readonly AnyRoute[]): string {
  const items = routes
    .filter((r) => r.path !== "/")
    .map((r) => `<li><code>${r.method} ${escapeHtml(r.path)}</code> — ${escapeHtml(r.summary)}</li>`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>valuechain</title></head>
<body>
<h1>valuechain</h1>
<p>Classifies a company into the AI value chain: domains, stages and revenue models, with reasons.</p>
<p>The API is described by its OpenAPI document: <a href="/openapi.json">/openapi.json</a>.</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}
