/** The part of Web Crypto that ids need; present in Node ≥ 19, Electron and every browser. */
interface RandomUuidSource {
  readonly crypto: { randomUUID(): string };
}

/** Returns a new random id (UUID v4) using the platform's Web Crypto, in Node, Electron and browsers. */
export function newId(): string {
  // shared/ is compiled without DOM or Node typings, so the global is described locally.
  return (globalThis as unknown as RandomUuidSource).crypto.randomUUID();
}
