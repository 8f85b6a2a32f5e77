// The React components of front-office-widgets/react: the props a partner writes, and what must be rejected.
import { useRef } from 'react';
import { ContactFloat, OfficeCompare, RoleCard } from '../../types/react.js';
import type { RoleCard as RoleCardElement } from '../../dist/elements.js';

export function Page() {
  const card = useRef<RoleCardElement>(null);
  return (
    <main>
      <OfficeCompare highlight="front" criteria="focus,visibility" heading-level={2} data={{ caption: 'Custom' }} />
      <RoleCard ref={card} role-id="sales" heading-level="4" expanded={false} theme="dark" className="card" data={{ title: 'Sales' }} onToggle={(e) => e.detail.expanded} />
      <ContactFloat
        channels="zalo,phone"
        placement="bottom-left"
        open={false}
        onToggle={(e) => e.detail.open}
        onSelect={(e) => {
          if (e.detail.channel === 'phone') e.preventDefault();
        }}
      />
      {/* @ts-expect-error: not a role of the article */}
      <RoleCard role-id="ceo" />
      {/* @ts-expect-error: heading levels are 2–6 */}
      <RoleCard role-id="sales" heading-level={9} />
      {/* @ts-expect-error: role-card-toggle's detail has no `open` */}
      <RoleCard role-id="sales" onToggle={(e) => e.detail.open} />
      {/* @ts-expect-error: data is the role's own shape */}
      <RoleCard role-id="sales" data={{ title: 42 }} />
      {/* @ts-expect-error: a boolean, not a string (React 19 would set the property to the string) */}
      <RoleCard role-id="sales" expanded="false" />
    </main>
  );
}
