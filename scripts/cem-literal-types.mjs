/**
 * An analyzer plugin (custom-elements-manifest.config.mjs): where a member's type is an alias of
 * literals (`theme: Theme`, `headingLevel: HeadingLevel`), it adds
 * `parsedType: { text: "'light' | 'dark' | 'auto'" }` beside the declared `type`, on the field and
 * on its attribute. The manifest then carries the accepted values itself: the demo's configurator
 * builds its selects from them at run time, and docs/api.md lists them.
 *
 * `parsedType` is the name @wc-toolkit/type-parser gives the same thing. That plugin is not used:
 * it also expands object types (the `data` property into one unreadable line) and prints warnings
 * about lib.dom types on every build, and we only need unions of literals.
 */
import { dirname, resolve } from 'node:path';

/** The values in the order the source writes them: the checker orders a union by its own ids. */
function writtenOrder(ts, checker, node, seen = new Set()) {
  if (!node || seen.has(node)) return [];
  seen.add(node);
  if (ts.isParenthesizedTypeNode(node)) return writtenOrder(ts, checker, node.type, seen);
  if (ts.isUnionTypeNode(node)) return node.types.flatMap((t) => writtenOrder(ts, checker, t, seen));
  if (ts.isLiteralTypeNode(node) || ts.isStringLiteral(node) || ts.isNumericLiteral(node)) {
    const literal = ts.isLiteralTypeNode(node) ? node.literal : node;
    return ts.isStringLiteral(literal) || ts.isNumericLiteral(literal) ? [literal.text] : [];
  }
  if (ts.isTypeReferenceNode(node)) {
    const symbol = checker.getSymbolAtLocation(node.typeName);
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return (target?.declarations ?? []).flatMap((d) => (ts.isTypeAliasDeclaration(d) ? writtenOrder(ts, checker, d.type, seen) : []));
  }
  // `(typeof THEMES)[number]` over `const THEMES = ['light', 'dark', 'auto'] as const`
  if (ts.isIndexedAccessTypeNode(node)) return writtenOrder(ts, checker, node.objectType, seen);
  if (ts.isTypeQueryNode(node)) {
    const symbol = checker.getSymbolAtLocation(node.exprName);
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return (target?.declarations ?? []).flatMap((d) => (ts.isVariableDeclaration(d) ? writtenOrder(ts, checker, d.initializer, seen) : []));
  }
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression?.(node)) return writtenOrder(ts, checker, node.expression, seen);
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((e) => writtenOrder(ts, checker, e, seen));
  return [];
}

/** `'a' | 'b' | undefined` for a union of string or number literals, else null. */
function literalText(ts, checker, member) {
  const type = checker.getTypeAtLocation(member);
  let optional = false;
  const values = [];
  for (const part of type.isUnion() ? type.types : [type]) {
    if (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) optional = true;
    else if (part.isStringLiteral()) values.push(`'${part.value}'`);
    else if (part.isNumberLiteral()) values.push(String(part.value));
    else return null;
  }
  if (!values.length) return null;
  const order = writtenOrder(ts, checker, member.type);
  const rank = (text) => {
    const index = order.indexOf(text.replace(/^'|'$/g, ''));
    return index < 0 ? order.length : index;
  };
  values.sort((a, b) => rank(a) - rank(b));
  return [...values, ...(optional ? ['undefined'] : [])].join(' | ');
}

export function literalTypesPlugin({ tsconfig = 'tsconfig.json' } = {}) {
  let program;
  let checker;
  return {
    name: 'fow-literal-types',
    initialize({ ts }) {
      // One program beside the analyzer's own per-file parse: it leaves the manifest's module paths and order alone.
      const file = resolve(tsconfig);
      const { config } = ts.readConfigFile(file, ts.sys.readFile);
      const { options, fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(file));
      program = ts.createProgram(fileNames, options);
      checker = program.getTypeChecker();
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === node.name.text);
      const twin = program
        .getSourceFile(resolve(moduleDoc.path))
        ?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === node.name.text);
      if (!declaration || !twin) return;
      for (const member of twin.members) {
        if (!member.name || !ts.isIdentifier(member.name)) continue;
        const isStatic = Boolean(ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Static);
        const doc = declaration.members?.find((m) => m.name === member.name.text && Boolean(m.static) === isStatic);
        if (!doc?.type?.text) continue;
        const text = literalText(ts, checker, member);
        if (!text || text === doc.type.text) continue;
        doc.parsedType = { text };
        for (const attribute of declaration.attributes ?? []) if (attribute.fieldName === doc.name) attribute.parsedType = { text };
      }
    },
  };
}
