import { auditVerifyCommand } from './audit-verify-command';

/** `npm run audit:verify -- <file> --key <public-key.pem>`: checks a bundle offline. */
auditVerifyCommand(process.argv.slice(2)).then(
  ({ code, output }) => {
    (code === 0 ? process.stdout : process.stderr).write(output);
    process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`audit:verify 失败 / failed: ${(err as Error)?.message ?? String(err)}\n`);
    process.exit(2);
  },
);
