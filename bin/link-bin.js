// npm links the bins of dependencies, not the project's own: link `node_modules/.bin/sig-atlas`
// too, so scripts and hooks can call it like an installed package (npx finds it either way).
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/sig-atlas', { force: true });
symlinkSync('../../bin/sig-atlas.js', 'node_modules/.bin/sig-atlas');
