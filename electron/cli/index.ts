import { processIo } from './cli-io';
import { COMMANDS } from './commands/index';
import { runCli } from './run-cli';

// `wijkweb …` (package.json "bin", or `npm run cli -- …`): plain Node, never Electron.
void runCli(process.argv.slice(2), processIo(), COMMANDS).then((code) => {
  process.exitCode = code;
});
