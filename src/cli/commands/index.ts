// Every CLI command module, in the order `argus --help` lists them. Each exports register(program).
import type { Command } from 'commander';
import { register as analyze } from './analyze.js';

export const COMMANDS: Array<(program: Command) => void> = [analyze];
