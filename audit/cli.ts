// Stand-alone entry for `email-lint audit` until (and besides) the CLI's dispatch:
//   node dist/audit/cli.js <paths…> --profile lt --out report.html
import { runAudit } from './main.js';

process.exitCode = await runAudit(process.argv.slice(2));
