// Runs the CLI's main() in this process and captures what it writes: its exit code, stderr and stdout.
import { main } from '../../src/cli/main.js';

export async function runMain(args: string[]): Promise<{ code: number; err: string; out: string }> {
  let err = '';
  let out = '';
  const we = process.stderr.write.bind(process.stderr);
  const wo = process.stdout.write.bind(process.stdout);
  const ce = console.error;
  // strings are the command's; bytes are the test runner's own reports (its stdout protocol), passed through
  process.stderr.write = ((s: string | Uint8Array) => (typeof s === 'string' ? ((err += s), true) : we(s))) as typeof process.stderr.write;
  process.stdout.write = ((s: string | Uint8Array) => (typeof s === 'string' ? ((out += s), true) : wo(s))) as typeof process.stdout.write;
  console.error = (...a: unknown[]) => { err += a.map(String).join(' ') + '\n'; };
  process.exitCode = undefined;
  try {
    return { code: await main(args), err, out };
  } finally {
    process.stderr.write = we;
    process.stdout.write = wo;
    console.error = ce;
    process.exitCode = undefined;
  }
}
