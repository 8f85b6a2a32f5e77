// The `vue` package's types are `export * from '@vue/runtime-dom'` plus the
// template compiler's entry points. Only the runtime types are installed here
// (the full package brings the SFC compiler), so `vue` is declared as exactly
// that re-export.
declare module 'vue' {
  export * from '@vue/runtime-dom';
}
