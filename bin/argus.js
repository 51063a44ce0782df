#!/usr/bin/env node
// Entry point for `npx argus`: runs the TypeScript CLI through tsx's loader.
import { register } from 'node:module';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
register('tsx/esm', pathToFileURL(join(root, 'package.json')));
await import(pathToFileURL(join(root, 'src/cli/main.ts')).href);
