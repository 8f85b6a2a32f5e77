/**
 * Squeezes comments and white space out of Lit `css` template literals in the
 * CDN build: terser leaves template strings alone, and styles are a fair share
 * of our bytes. Written here rather than taken from npm because the published
 * minify-html-literals plugins are unmaintained and pull in html-minifier and
 * clean-css, for a job that a few conservative rules do safely. `${…}`
 * expressions are kept byte for byte; only the static text between them changes.
 */
const CSS_LITERAL = /\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^{}`]*\})*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/ !important/g, '!important')
    .replace(/(?<![\w.-])0\.(?=\d)/g, '.');
}

export function minifyTemplateLiterals() {
  return {
    name: 'minify-css-literals',
    // On our own sources, before TypeScript is stripped, where the tag is still called `css`.
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(CSS_LITERAL, (_whole, body) => {
        const parts = body.split(/(\$\{[^{}`]*\})/);
        return `css\`${parts.map((part, i) => (i % 2 ? part : minifyCss(part))).join('')}\``;
      });
      return { code: out, map: null };
    },
  };
}
