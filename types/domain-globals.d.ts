/**
 * The only platform globals src/domain may use, for tsconfig.domain.json (which has no DOM
 * library): each is a WHATWG standard that browsers and Node both provide, with only the members
 * the domain calls. Anything else from a browser (window, document, storage) is a type error
 * there, as it is a lint error (eslint.config.js).
 */
interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const TextEncoder: { new (): TextEncoder };

interface TextDecoder {
  decode(input?: Uint8Array): string;
}
declare const TextDecoder: { new (label?: string, options?: { fatal?: boolean }): TextDecoder };

interface URLSearchParams {
  get(name: string): string | null;
}
declare const URLSearchParams: { new (init?: string): URLSearchParams };
