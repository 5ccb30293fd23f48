// For command-line scripts run with tsx that reach code using Lingui's macros (src/domain's
// `msg` descriptors): `tsx --import ./scripts/lib/lingui-node.mjs scripts/x.ts`. It adds a
// module hook that compiles the macros after tsx has compiled the TypeScript, as Vite and
// Vitest do (scripts/lib/lingui-macro.ts).
import { register } from 'node:module';

register('./lingui-node-hooks.mjs', import.meta.url);
