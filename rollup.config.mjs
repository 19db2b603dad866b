// Builds from one source:
// - ES modules for npm users, one file per source module, lit and js-cookie
//   left as imports so the site's bundler shares them; plus .d.ts files. The
//   preferences view is a dynamic import their bundler splits out.
// - dist/cookie-consent.min.js for the script tag: one classic script with
//   everything inlined and minified, except what few page views need (the
//   preferences view, the config validator), which is
//   dist/cookie-consent-extras.min.js, added next to it on demand.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { fileURLToPath } from 'node:url';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** In the script-tag build, the extras are loaded by a script element, not import(). */
const scriptTagLoader = {
  name: 'script-tag-extras-loader',
  resolveId(source) {
    if (source === './extras-loader.js') return fileURLToPath(new URL('src/cdn/extras-loader.ts', import.meta.url));
    return null;
  },
};

/** Minified classic-script plugins shared by the script-tag builds. */
const scriptTagPlugins = (...extra) => [
  ...extra,
  resolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: false, declarationMap: false }),
  // Lit's css`` and html`` templates keep their whitespace; only the script-tag bundle pays for it.
  minifyTemplateLiterals(),
  terser({
    ecma: 2022,
    compress: { passes: 3, unsafe_arrows: true },
    format: { comments: false },
  }),
];

const isRuntimeDependency = (id) => /^(lit|@lit|lit-html|lit-element|js-cookie)(\/|$)/.test(id);

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: {
      index: 'src/index.ts',
      element: 'src/element.ts',
      'core/index': 'src/core/index.ts',
    },
    external: isRuntimeDependency,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationMap: true })],
  },
  {
    input: 'src/cdn/main.ts',
    output: { file: 'dist/cookie-consent.min.js', format: 'iife', sourcemap: true },
    plugins: scriptTagPlugins(scriptTagLoader),
  },
  {
    input: 'src/cdn/extras-chunk.ts',
    output: { file: 'dist/cookie-consent-extras.min.js', format: 'iife', sourcemap: true },
    plugins: scriptTagPlugins(),
  },
];
