import type { IncomingMessage } from 'node:http';

/** Largest request body the bridge accepts: a big city map with its history fits well within this. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Why a body could not be read: too large, not JSON, or the client went away. */
export type BodyFailure = 'too-large' | 'invalid-json' | 'aborted';

/** The outcome of reading a JSON request body. */
export type BodyOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: BodyFailure; readonly detail?: string };

/**
 * Reads a request body as JSON, stopping as soon as it exceeds `limit` bytes (checked up front via
 * Content-Length and again while streaming). An empty body reads as `undefined`.
 */
export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyOutcome> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolve({ ok: false, reason: 'too-large' });
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (outcome: BodyOutcome): void => {
      if (done) return;
      done = true;
      resolve(outcome);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, reason: 'too-large' });
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        finish({ ok: true, value: undefined });
        return;
      }
      try {
        finish({ ok: true, value: JSON.parse(text) as unknown });
      } catch (error) {
        finish({ ok: false, reason: 'invalid-json', detail: error instanceof Error ? error.message : String(error) });
      }
    });
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('aborted', () => finish({ ok: false, reason: 'aborted' }));
  });
}
