// `npm run analyze` writes custom-elements.json from the elements' class doc blocks.

/**
 * The elements are defined with `@defineElement('tag')` (src/components/common/define.ts), a
 * `@customElement` that tolerates a second definition; teach the analyzer to read it the same way.
 */
function defineElementDecorator() {
  return {
    name: 'verbatim-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const decorator = ts.getDecorators?.(node)?.find((candidate) =>
        ts.isCallExpression(candidate.expression) && candidate.expression.expression.getText() === 'defineElement');
      const tagName = decorator?.expression.arguments[0]?.text;
      if (!tagName) return;
      const className = node.name.getText();
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === className);
      if (!declaration) return;
      declaration.tagName = tagName;
      declaration.customElement = true;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), {
        kind: 'custom-element-definition',
        name: tagName,
        declaration: { name: className, module: moduleDoc.path },
      }];
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  // The shared modules but the base element, whose properties (`src`, `strings`) every element inherits.
  exclude: ['src/components/common/!(verbatim-element).ts', 'src/components/**/*.styles.ts', 'src/components/**/*.strings.ts'],
  outdir: '.',
  litelement: true,
  // package.json names custom-elements.json itself; the tests analyze into a temporary folder.
  packagejson: false,
  plugins: [defineElementDecorator()],
};
