/**
 * zod, as the rest of the code uses it. The one setting: no generated code. zod 4 can build
 * faster validators with `new Function`, but the app's Content Security Policy forbids eval,
 * and merely testing for it logs a CSP violation in the browser. Every schema module imports
 * `z` from here, so the setting is in place before any schema is made.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
