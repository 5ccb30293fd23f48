// The built-in bank, parsed at build time by scripts/lib/check-bank.ts.
declare module 'virtual:rally-bank' {
  // An ambient module cannot import relatively, so the type is referenced inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const bank: import('./domain/bank/bank-schema').Bank;
  export default bank;
}

// A Lingui catalogue, compiled by @lingui/vite-plugin when it is imported (src/i18n/catalogues).
declare module '*.po' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const messages: import('@lingui/core').Messages;
}

// The Welsh texts of the built-in bank, keyed as src/domain/bank/bank-texts.ts lists them.
// A separate chunk: imported only when Welsh is chosen (src/app/bank-source.ts).
declare module 'virtual:rally-bank-cy' {
  const texts: Record<string, string>;
  export default texts;
}
