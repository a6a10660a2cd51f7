#!/usr/bin/env node
// `npm run web`: Wijkweb in browser mode (the local HTTP bridge), built only when needed.
process.env.WIJKWEB_BROWSER = '1';
await import('./start.mjs');
