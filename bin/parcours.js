#!/usr/bin/env node
// Entry point of the `parcours` command. The sources are TypeScript and are run
// through tsx's loader, so the CLI works right after `npm ci` with no build step
// (see docs/adr/0001-stack.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
