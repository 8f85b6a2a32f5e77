/** The package version, compared by `defineElement` when two copies meet on one page. A test keeps it equal to package.json. */
export const VERSION = '0.1.0';
