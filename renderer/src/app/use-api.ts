import { getApi, type WijkwebApi } from '../api';

/** The API of this window (Electron preload or the browser-mode client); one object per page. */
export function useApi(): WijkwebApi {
  return getApi();
}
