import type { WijkwebApi } from '../../../shared/ipc/api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode (then the HTTP client is used). */
    readonly wijkweb?: WijkwebApi;
  }
}

export {};
