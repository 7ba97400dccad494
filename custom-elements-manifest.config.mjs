// `npm run analyze` writes custom-elements.json from the elements' class doc blocks.

/**
 * The elements are defined with `defineElement('tag', Class)` (src/components/common/define.ts),
 * a `customElements.define` that tolerates a second definition; teach the analyzer to read it the same way.
 */
function defineElementCall() {
  return {
    name: 'verbatim-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const className = element.getText();
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === className);
      if (!declaration) return;
      declaration.tagName = tag.text;
      declaration.customElement = true;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), {
        kind: 'custom-element-definition',
        name: tag.text,
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
  plugins: [defineElementCall()],
};
