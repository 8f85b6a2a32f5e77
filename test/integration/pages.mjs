/**
 * Partner pages, as HTML strings. None holds an inline script or inline style:
 * they must load under `script-src <cdn>; style-src 'self'`. Their own CSS comes
 * from the partner origin (`/static/…`), like a theme's stylesheet.
 */

/** The strict policy the README tells partners to add (the issue's line). */
export const strictCsp = (cdnOrigin) =>
  `script-src ${cdnOrigin}; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;

/** Stricter still: nothing else may load at all (images, fonts, fetch, frames, data: URLs). */
export const lockedDownCsp = (cdnOrigin) =>
  `default-src 'none'; ${strictCsp(cdnOrigin)}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/** Every element, with a spread of attributes, inside a realistic article. */
export const ALL_ELEMENTS = `
  <article class="entry">
    <h1 class="entry-title">Front office là gì?</h1>
    <p>Front office là bộ phận trực tiếp tiếp xúc với khách hàng.</p>
    <office-compare id="compare" highlight="front"></office-compare>
    <p>Các vị trí thường gặp trong front office:</p>
    <div class="cards">
      <role-card id="receptionist" role-id="receptionist"></role-card>
      <role-card id="sales" role-id="sales" industry="banking" lang="en" theme="dark"></role-card>
    </div>
    <p>Đoạn văn sau các thành phần.</p>
  </article>
  <contact-float id="contact"></contact-float>`;

export function partnerPage({ title = 'Partner page', lang = 'vi', head = '', body = ALL_ELEMENTS, styles = ['/static/partner.css'] }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
${head}
</head>
<body>
${body}
</body>
</html>`;
}

export const moduleScript = (src, attrs = '') => `<script type="module" src="${src}"${attrs ? ` ${attrs}` : ''}></script>`;
export const classicScript = (src, attrs = '') => `<script src="${src}"${attrs ? ` ${attrs}` : ''}></script>`;
