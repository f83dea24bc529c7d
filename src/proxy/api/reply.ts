// Writing API responses: JSON bodies, and errors as Toxiproxy's {"error":"...","status":N}.
import type { ServerResponse } from 'node:http';
import { isSocklabError } from '../../errors/is-socklab-error.js';

/** Send a JSON body with a status. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Send an empty 204. */
export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204);
  res.end();
}

/** The status and wire body of any thrown value. */
export function errorBody(error: unknown): { error: string; status: number } {
  if (isSocklabError(error) && error.httpStatus !== undefined) return { error: error.message, status: error.httpStatus };
  return { error: error instanceof Error ? error.message : String(error), status: 500 };
}

/** Send an error the way Toxiproxy does (the body ends with a newline, as Go's http.Error writes it). */
export function sendError(res: ServerResponse, error: unknown): void {
  const body = errorBody(error);
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(body.status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
