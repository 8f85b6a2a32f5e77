/**
 * Inputs on which the browser renderer (dist/renderer/, rollup.renderer.config.mjs) must give what the
 * render command gives (dist/ssr/render.js), byte for byte: every element with each value of its
 * attributes, both languages and the themes, data overrides (valid, partial, invalid JSON, invalid
 * data), bad values that warn, several elements and corners, a whole document, output fed back in,
 * markup a parser repairs, and snippets as the configurator builds them. Shared by the Node test
 * (test/ssr/renderer-bundle.test.mjs) and the browser one (test/integration/configurator.spec.mjs).
 */
const script = (json) => `<script type="application/json">${json}</script>`;
const each = (tag, name, values, extra = '') => values.map((value) => `<${tag} ${name}="${value}"${extra}></${tag}>`);

const SCRIPT_LINE = '<script type="module" src="https://cdn.jsdelivr.net/npm/front-office-widgets@0.1.0/dist/cdn/front-office-widgets.hydrate.js" integrity="sha384-x" crossorigin="anonymous"></script>';

export const RENDERER_MATRIX = [
  // <office-compare>
  '<office-compare></office-compare>',
  ...each('office-compare', 'layout', ['auto', 'table', 'stacked']),
  ...each('office-compare', 'highlight', ['front', 'back', 'middle']),
  ...each('office-compare', 'criteria', ['focus,visibility', 'visibility,interaction,responsibilities', 'focus,price', '']),
  ...each('office-compare', 'heading-level', ['2', '4', '6', '9']),
  '<office-compare caption="Who&#39;s who: &quot;front&quot; &amp; &lt;back&gt; office" lang="en"></office-compare>',
  ...each('office-compare', 'theme', ['light', 'dark', 'auto', 'neon'], ' lang="en"'),
  `<office-compare>${script('{"caption":"Bảng riêng","criteria":[{"id":"focus","label":"Trọng tâm","front":"Khách","back":"Hệ thống"}]}')}</office-compare>`,
  `<office-compare>${script('{ not json')}</office-compare>`,
  `<office-compare>${script('{"criteria":"nope"}')}</office-compare>`,
  // <role-card>
  ...each('role-card', 'role-id', ['receptionist', 'customer-relations', 'sales', 'chef']),
  '<role-card></role-card>',
  ...each('role-card', 'industry', ['general', 'banking', 'hospitality', 'space'], ' role-id="receptionist"'),
  '<role-card role-id="sales" industry="banking" expanded lang="en" heading-level="2"></role-card>',
  '<role-card role-id="customer-relations" expanded theme="dark" lang="vi"></role-card>',
  '<role-card role-id="sales" lang="fr"></role-card>',
  '<role-card role-id="sales" lang="vi-VN"></role-card>',
  `<role-card role-id="sales">${script('{"title":"Kinh doanh","summary":"Tìm kiếm và chăm sóc khách hàng. <b>not bold</b>"}')}</role-card>`,
  // <contact-float>
  '<contact-float></contact-float>',
  '<contact-float lang="en" placement="bottom-left"></contact-float>',
  '<contact-float phone="028 3822 1234" zalo="0903966729" messenger="masterskills.vn" email="hello@example.com"></contact-float>',
  '<contact-float channels="phone" phone="+84 903 966 729;ext=12"></contact-float>',
  '<contact-float channels="email,fax" email="a@b.c"></contact-float>',
  '<contact-float hours="08:00-17:30" days="1-6" timezone="Asia/Bangkok" label="Gọi chúng tôi" open attention></contact-float>',
  '<contact-float phone="not a number" zalo="javascript:alert(1)"></contact-float>',
  '<contact-float hours="25:00-26:00" days="0,8" placement="top"></contact-float>',
  // Several at once, nesting, languages from ancestors, a second contact button at one corner.
  '<article lang="en"><h2>Roles</h2><role-card role-id="sales"></role-card><office-compare highlight="back"></office-compare></article><contact-float></contact-float><contact-float></contact-float>',
  '<div lang="vi"><p>Trước</p><role-card role-id="receptionist" lang="en"><role-card role-id="sales"></role-card></role-card><p>Sau</p></div>',
  '<template><role-card role-id="sales"></role-card></template><role-card role-id="sales"/>',
  '<table><tr><td><office-compare></office-compare></td></tr></table>',
  // A whole document, with a doctype and comments first.
  '<!-- partner page --><!doctype html><html lang="en"><head><title>x</title></head><body><office-compare layout="stacked"></office-compare><contact-float></contact-float></body></html>',
  // Snippets as the configurator builds them: script line, the changed colours, the element.
  [SCRIPT_LINE, '<style>', '  role-card {', '    --role-card-accent: #c0392b;', '  }', '</style>', '<role-card role-id="sales" industry="banking" expanded lang="en"></role-card>'].join('\n'),
  [SCRIPT_LINE, '<office-compare highlight="front" lang="vi"></office-compare>'].join('\n'),
  [SCRIPT_LINE, '<contact-float lang="en" theme="dark"></contact-float>'].join('\n'),
  // No element at all, and text only.
  '<p>Không có thành phần nào.</p>',
  '',
];

/** The same inputs with the `lang` option: where the snippet gives no language. */
export const RENDERER_MATRIX_EN = ['<office-compare></office-compare>', '<role-card role-id="sales"></role-card>', '<contact-float></contact-float>', '<div lang="vi"><role-card role-id="receptionist"></role-card></div>'];
