import pkg from '../../package.json';

/** The app's version, as in package.json. */
export const APP_VERSION: string = pkg.version;
