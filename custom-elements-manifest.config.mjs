// Builds custom-elements.json (the Custom Elements Manifest) from the JSDoc on
// the element class: attributes, events, parts, CSS properties, methods.
export default {
  globs: ['src/element/cookie-consent.ts', 'src/element/lit-host.ts'],
  outdir: '.',
  dev: false,
};
