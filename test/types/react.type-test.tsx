// React 19: what a partner's React app writes.
/// <reference path="../../types/react.d.ts" />
import { useState } from 'react';

export function Article() {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <office-compare highlight="front" heading-level={4} layout="stacked" lang="en" />
      <office-compare criteria="focus,visibility" caption="Tóm tắt" headingLevel={3} data={{ caption: 'Our own caption' }} />
      <role-card
        role-id="sales"
        industry="banking"
        expanded={open}
        className="card"
        onrole-card-toggle={(event) => setOpen(event.detail.expanded)}
      />
      <role-card roleId="receptionist" theme="dark" />
      <contact-float
        phone="0903966729"
        channels="zalo,phone"
        placement="bottom-left"
        oncontact-float-select={(event) => {
          if (event.detail.channel === 'phone') event.preventDefault();
        }}
        oncontact-float-toggle={(event) => console.log(event.detail.open)}
      />
      {/* @ts-expect-error: not a role of the article */}
      <role-card role-id="ceo" />
      {/* @ts-expect-error: heading levels are 2–6 */}
      <office-compare heading-level={1} />
      {/* @ts-expect-error: highlight is front or back */}
      <office-compare highlight="middle" />
      {/* @ts-expect-error: the toggle detail has `expanded`, not `open` */}
      <role-card onrole-card-toggle={(event) => event.detail.open} />
      {/* @ts-expect-error: placement is bottom-right or bottom-left */}
      <contact-float placement="top" />
    </main>
  );
}
