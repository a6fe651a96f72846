import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { HttpProblem } from "./problem.ts";

/** Who may relabel fixtures: nobody unless editing is on; with a token, whoever sends it; without one, loopback only. */
export interface EditAccess {
  enabled: boolean;
  /** Sent as `Authorization: Bearer TOKEN`; required whenever set. */
  token?: string;
  /** The server listens on a loopback address only (127.0.0.0/8, ::1). */
  loopback: boolean;
}

/** A host name or address (with or without a port or brackets) that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/^\[(.*)\](?::\d+)?$/, "$1").replace(/^([^:]*):\d+$/, "$1").toLowerCase();
  return name === "localhost" || name === "::1" || /^(?:::ffff:)?127(?:\.\d{1,3}){3}$/.test(name);
}

const digest = (s: string) => createHash("sha256").update(s).digest();

function refuse(detail: string, header = "authorization"): HttpProblem {
  return new HttpProblem(403, "editing-refused", "Editing refused", detail, [{ path: `(headers).${header}`, message: detail }]);
}

/**
 * Throws a 403 problem unless this request may edit. Without a token, the Host header must be a
 * loopback name too, so a page from elsewhere that resolves its own name to 127.0.0.1 cannot edit.
 */
export function checkEditAccess(access: EditAccess, headers: IncomingHttpHeaders): void {
  if (!access.enabled) throw refuse("Editing is off: start the server with --allow-edit to relabel fixtures");
  if (access.token !== undefined) {
    const sent = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? "")?.[1]?.trim();
    if (sent === undefined) throw refuse("This server requires the edit token: send it as Authorization: Bearer TOKEN");
    if (!timingSafeEqual(digest(sent), digest(access.token))) throw refuse("The edit token is wrong");
    return;
  }
  if (!access.loopback) throw refuse("Editing without --edit-token is allowed only when the server listens on loopback (127.0.0.1 or ::1)");
  const host = headers.host ?? "";
  if (!isLoopbackHost(host)) throw refuse(`Editing without a token is allowed only at a loopback address such as 127.0.0.1 or localhost (the request was for ${JSON.stringify(host)})`, "host");
}
