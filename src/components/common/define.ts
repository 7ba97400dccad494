/**
 * `customElements.define` that tolerates a second definition: when two copies of the package
 * share a page (a CDN build and a bundled one), the first definition wins and the second
 * says so in the console instead of throwing into the page.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing === undefined) customElements.define(tagName, elementClass);
  else if (existing !== elementClass) {
    console.warn(`<${tagName}> is already defined by another copy of Verbatim; the first definition is used.`);
  }
}
