#!/usr/bin/env node
// Thin entry: loads the TypeScript CLI through tsx (a dependency installed by `npm install`).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../shared/cli.ts');
process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
