// A partner's React app, the way the README shows after server rendering: the components of
// front-office-widgets/react. The same file runs in React 19 and React 18, and in Preact through preact/compat.
import { useEffect, useState } from 'react';
import { ContactFloat, RoleCard } from 'front-office-widgets/react';

export const events = [];
const data = { title: 'Sales in React' };

export function App({ title = data.title }) {
  const [expanded, setExpanded] = useState(false);
  const [theme, setTheme] = useState('light');
  useEffect(() => {
    Object.assign(window.__app, { setExpanded, setTheme });
  }, []);
  return (
    <main>
      <RoleCard
        id="card"
        role-id="sales"
        heading-level="4"
        expanded={expanded}
        theme={theme}
        data={title === data.title ? data : { title }}
        onToggle={(e) => {
          events.push(['role-card-toggle', e.detail.expanded]);
          setExpanded(e.detail.expanded);
        }}
      />
      <ContactFloat
        id="contact"
        channels="zalo,phone"
        theme={theme}
        onToggle={(e) => events.push(['contact-float-toggle', e.detail.open])}
        onSelect={(e) => {
          e.preventDefault();
          events.push(['contact-float-select', e.detail.channel, e.detail.href]);
        }}
      />
      <p id="state">{`${expanded ? 'open' : 'closed'} ${theme}`}</p>
    </main>
  );
}
