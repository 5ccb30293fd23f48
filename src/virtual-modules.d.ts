// The built-in bank, parsed at build time by scripts/lib/check-bank.ts.
declare module 'virtual:rally-bank' {
  // An ambient module cannot import relatively, so the type is referenced inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const bank: import('./domain/bank/bank-schema').Bank;
  export default bank;
}
