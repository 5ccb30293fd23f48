// Module hooks behind lingui-node.mjs: Lingui's macro plugin over our own modules that import a
// macro, on the JavaScript that tsx produced. Everything else passes through untouched.
import { fileURLToPath } from 'node:url';
import { transformAsync } from '@babel/core';

const MACRO_IMPORT = /['"]@lingui\/(?:react|core)\/macro['"]/;

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!url.startsWith('file:') || url.includes('/node_modules/')) return result;
  if (result.format !== 'module' && result.format !== 'commonjs') return result;
  const source =
    typeof result.source === 'string'
      ? result.source
      : result.source
        ? Buffer.from(result.source).toString('utf8')
        : null;
  if (!source || !MACRO_IMPORT.test(source)) return result;
  const compiled = await transformAsync(source, {
    filename: fileURLToPath(url),
    babelrc: false,
    configFile: false,
    plugins: ['@lingui/babel-plugin-lingui-macro'],
  });
  return { ...result, source: compiled?.code ?? source };
}
