// A partner's React 19 app with the plain tags, as the README's "React 19" section shows (client-side rendering:
// React 19 sets properties and on<event> listeners itself; it does not when it hydrates, hence the components).
import { useEffect, useState } from 'react';
import 'front-office-widgets';

export const events = [];
const data = { title: 'Sales in React' };

export function App() {
  const [expanded, setExpanded] = useState(false);
  const [theme, setTheme] = useState('light');
  useEffect(() => {
    Object.assign(window.__app, { setExpanded, setTheme });
  }, []);
  return (
    <main>
      <role-card
        id="card"
        role-id="sales"
        heading-level="4"
        expanded={expanded}
        theme={theme}
        data={data}
        onrole-card-toggle={(e) => {
          events.push(['role-card-toggle', e.detail.expanded]);
          setExpanded(e.detail.expanded);
        }}
      />
      <contact-float
        id="contact"
        channels="zalo,phone"
        theme={theme}
        oncontact-float-toggle={(e) => events.push(['contact-float-toggle', e.detail.open])}
        oncontact-float-select={(e) => {
          e.preventDefault();
          events.push(['contact-float-select', e.detail.channel, e.detail.href]);
        }}
      />
      <p id="state">{`${expanded ? 'open' : 'closed'} ${theme}`}</p>
    </main>
  );
}
