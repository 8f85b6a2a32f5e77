/** @jsxImportSource preact */
// Preact: the same usage as React, through Preact's own JSX types.
/// <reference path="../../types/preact.d.ts" />
import { useState } from 'preact/hooks';

export function Article() {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <office-compare highlight="back" heading-level="4" layout="table" />
      <role-card role-id="customer-relations" expanded={open} onrole-card-toggle={(event) => setOpen(event.detail.expanded)} />
      <contact-float zalo="0903966729" oncontact-float-select={(event) => console.log(event.detail.href)} />
      {/* @ts-expect-error: not a role of the article */}
      <role-card role-id="ceo" />
      {/* @ts-expect-error: not a layout */}
      <office-compare layout="grid" />
    </main>
  );
}
