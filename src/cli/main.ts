// The `argus` command line: one commander program, commands registered from ./commands. This module imports only
// ./prestart at load time: `argus analyze` starts its analysis worker first, and the commands (commander, the readers,
// the stores) load beside it.
import { prestart, settle } from './prestart.js';

export async function main(argv: string[]): Promise<number> {
  const ahead = prestart(argv);
  try {
    return await run(argv);
  } finally {
    if (ahead) await settle();
  }
}

async function run(argv: string[]): Promise<number> {
  const [{ Command, CommanderError }, { COMMANDS }, { EXIT_USAGE, errorLine, exitCodeOf }] = await Promise.all([
    import('commander'),
    import('./commands/index.js'),
    import('./options.js'),
  ]);
  const program = new Command();
  program
    .name('argus')
    .description('Argus: offline news intelligence — who said what, did what to whom, where and when.')
    .version('0.1.0')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; usage errors exit 2
      return e.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    // a failure while running: one line naming the input, never a stack trace
    const command = argv.find((a) => !a.startsWith('-')) ?? '';
    console.error(errorLine(command, e));
    return exitCodeOf(e);
  }
}

// run directly (`node --import tsx src/cli/main.ts`); bin/argus.js imports main() instead
const isEntry = process.argv[1] !== undefined && /main\.ts$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`argus: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
