/**
 * The checks an email card must pass: html-validate with rules chosen for mail clients, plus
 * rules of our own (plugin `email`) for what mail clients need or break on.
 */
import { HtmlValidate, Rule, definePlugin } from 'html-validate';
import type { ConfigData, DOMReadyEvent, HtmlElement } from 'html-validate';

export const MAX_BYTES = 30 * 1024;
export const MAX_WIDTH = 600;

const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'svg', 'math', 'slot', 'link', 'iframe', 'object', 'embed', 'form', 'canvas', 'video', 'audio']);
/** CSS that mail clients drop or that breaks the layout where they do (Gmail, Outlook). */
const FORBIDDEN_CSS: Array<[RegExp, string]> = [
  [/var\(\s*--/i, 'CSS variables'],
  [/--[a-z]/i, 'custom properties'],
  [/display\s*:\s*(?:inline-)?(?:flex|grid)/i, 'flex or grid layout'],
  [/(?:^|;)\s*position\s*:/i, 'position'],
  [/(?:^|;)\s*(?:float|transform|animation|transition)\s*:/i, 'float, transforms or animations'],
  [/url\(/i, 'CSS images'],
];
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

const attribute = (element: HtmlElement, name: string): string | undefined => {
  const value = element.getAttribute(name)?.value;
  return typeof value === 'string' ? value : undefined;
};

/** The declarations of an inline style as [property, value] pairs, lowercase properties. */
function declarations(element: HtmlElement): Array<[string, string]> {
  return (attribute(element, 'style') ?? '').split(';').flatMap((declaration) => {
    const colon = declaration.indexOf(':');
    if (colon < 0) return [];
    return [[declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim()] as [string, string]];
  });
}

/** A rule run once on the whole document. */
abstract class DocumentRule extends Rule {
  override setup(): void {
    this.on('dom:ready', (event: DOMReadyEvent) => this.check(event.document.querySelectorAll('*')));
  }

  abstract check(elements: HtmlElement[]): void;
}

class ForbiddenElements extends DocumentRule {
  check(elements: HtmlElement[]): void {
    for (const element of elements) {
      if (FORBIDDEN_ELEMENTS.has(element.tagName)) this.report(element, `<${element.tagName}> does not survive mail clients.`);
      else if (element.tagName.includes('-')) this.report(element, `Custom element <${element.tagName}>: mail clients know none.`);
    }
  }
}

class ForbiddenCss extends DocumentRule {
  check(elements: HtmlElement[]): void {
    for (const element of elements) {
      const style = attribute(element, 'style') ?? '';
      for (const [pattern, what] of FORBIDDEN_CSS) {
        if (pattern.test(style)) this.report(element, `<${element.tagName}> uses ${what}, which mail clients do not support: ${style}`);
      }
    }
  }
}

class PresentationTables extends DocumentRule {
  check(elements: HtmlElement[]): void {
    for (const table of elements.filter((element) => element.tagName === 'table')) {
      if (attribute(table, 'role') !== 'presentation') this.report(table, 'A layout table needs role="presentation".');
    }
  }
}

/** Dark mode and client defaults must not change one colour without the other. */
class CellColours extends DocumentRule {
  check(elements: HtmlElement[]): void {
    for (const td of elements.filter((element) => element.tagName === 'td')) {
      const styles = new Map(declarations(td));
      if (!td.hasAttribute('bgcolor') && !styles.has('background-color')) this.report(td, 'Each cell needs an explicit background colour.');
      if (!styles.has('color')) this.report(td, 'Each cell needs an explicit text colour.');
    }
  }
}

class HexColours extends DocumentRule {
  check(elements: HtmlElement[]): void {
    for (const element of elements) {
      const bgcolor = attribute(element, 'bgcolor');
      if (bgcolor !== undefined && !HEX.test(bgcolor)) this.report(element, `bgcolor "${bgcolor}" is not a hex colour.`);
      for (const [property, value] of declarations(element)) {
        if (property === 'color' || property === 'background-color') {
          if (!HEX.test(value)) this.report(element, `${property}: ${value} is not a hex colour.`);
        } else if (property.startsWith('border') && /\b(?:rgb|hsl|transparent|currentcolor)\b/i.test(value)) {
          this.report(element, `${property}: ${value} must use a hex colour.`);
        }
      }
    }
  }
}

/** The card fits the 600 px column of newsletters: as an attribute (Outlook) and as CSS. */
class MaxWidth extends DocumentRule {
  check(elements: HtmlElement[]): void {
    for (const element of elements) {
      const width = attribute(element, 'width');
      if (width !== undefined && width !== '100%' && !(/^\d+$/.test(width) && Number(width) <= MAX_WIDTH)) {
        this.report(element, `width="${width}" is wider than ${MAX_WIDTH} px or not a number of pixels.`);
      }
      for (const [property, value] of declarations(element)) {
        if ((property === 'width' || property === 'max-width') && value !== '100%' && !(/^\d+px$/.test(value) && parseInt(value, 10) <= MAX_WIDTH)) {
          this.report(element, `${property}: ${value} is wider than ${MAX_WIDTH} px or not in pixels.`);
        }
      }
    }
    const container = elements.find((element) => element.tagName === 'table' && attribute(element, 'width') !== '100%');
    if (!container) this.report(null, 'No fixed-width container table.');
    else if (!declarations(container).some(([property]) => property === 'max-width')) this.report(container, 'The container needs a max-width too.');
  }
}

const emailPlugin = definePlugin({
  name: 'email',
  rules: {
    'email/forbidden-elements': ForbiddenElements,
    'email/forbidden-css': ForbiddenCss,
    'email/presentation-tables': PresentationTables,
    'email/cell-colours': CellColours,
    'email/hex-colours': HexColours,
    'email/max-width': MaxWidth,
  },
});

export const emailConfig: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  plugins: [emailPlugin],
  rules: {
    // The only styles every mail client keeps are inline ones.
    'no-inline-style': 'off',
    // bgcolor, width, align, cellpadding, cellspacing, border: what Outlook's Word engine reads.
    'no-deprecated-attr': 'off',
    // Outlook's fixed-width "ghost" table lives in conditional comments.
    'no-conditional-comment': 'off',
    'prefer-tbody': 'off',
    // The document's title is the topic's title, whatever its length; no search engine reads it.
    'long-title': 'off',
    // Every image needs alt text (mail clients often block images).
    'wcag/h37': 'error',
    // Custom elements have no metadata here, so they are unknown and rejected.
    'no-unknown-elements': 'error',
    'email/forbidden-elements': 'error',
    'email/forbidden-css': 'error',
    'email/presentation-tables': 'error',
    'email/cell-colours': 'error',
    'email/hex-colours': 'error',
    'email/max-width': 'error',
  },
};

const validator = new HtmlValidate(emailConfig);

/** Forbidden tags found in the raw text, comments included (where a parser does not look). */
function forbiddenTags(html: string): string[] {
  const tags = html.match(/<\/?(?:script|style|template|svg|[a-z][a-z0-9]*-[a-z0-9-]*)\b/gi) ?? [];
  return tags.map((tag) => `raw text: forbidden tag ${tag}>`);
}

/**
 * Every problem an email card has, as `rule: message` lines; empty when it passes. Checks
 * the HTML with html-validate (fragment or document), the raw text and the size.
 */
export function emailProblems(html: string): string[] {
  const report = validator.validateStringSync(html, 'email.html');
  const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} (line ${message.line}): ${message.message}`));
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes >= MAX_BYTES) messages.push(`size: ${bytes} bytes, over ${MAX_BYTES}`);
  return [...messages, ...forbiddenTags(html)];
}
