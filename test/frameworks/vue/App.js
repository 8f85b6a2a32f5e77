// A partner's Vue 3 app with the plain tags, its template compiled with isCustomElement as Vite's and Nuxt's Vue
// plugins pass it (to the template parser too, or Vue warns "Failed to resolve component").
import { ref } from 'vue';

export const TAGS = ['office-compare', 'role-card', 'contact-float'];
export const events = [];
const data = { title: 'Sales in Vue' };

export const App = {
  setup() {
    const expanded = ref(false);
    const theme = ref('light');
    if (typeof window !== 'undefined') Object.assign(window.__app, { setExpanded: (v) => (expanded.value = v), setTheme: (v) => (theme.value = v) });
    const onToggle = (e) => {
      events.push(['role-card-toggle', e.detail.expanded]);
      expanded.value = e.detail.expanded;
    };
    const onSelect = (e) => {
      e.preventDefault();
      events.push(['contact-float-select', e.detail.channel, e.detail.href]);
    };
    return { expanded, theme, data, onToggle, onSelect, events };
  },
  template: `<main>
    <role-card id="card" role-id="sales" heading-level="4" :expanded="expanded" :theme="theme" :data="data" @role-card-toggle="onToggle"></role-card>
    <contact-float id="contact" channels="zalo,phone" :theme="theme" @contact-float-toggle="events.push(['contact-float-toggle', $event.detail.open])" @contact-float-select="onSelect"></contact-float>
    <p id="state">{{ expanded ? 'open' : 'closed' }} {{ theme }}</p>
  </main>`,
};

export function configure(app) {
  app.config.compilerOptions.isCustomElement = (tag) => TAGS.includes(tag);
  return app;
}
