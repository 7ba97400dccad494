/**
 * Returns `value` when it is an http(s) URL or a relative reference, else undefined.
 * Relative references are resolved against a dummy http base to find their scheme, so
 * `javascript:`, `data:`, `vbscript:` and obfuscated variants (tabs, newlines, leading
 * spaces, mixed case, which URL parsers strip) are all rejected.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  try {
    const { protocol } = new URL(trimmed, 'http://relative.invalid/');
    return protocol === 'http:' || protocol === 'https:' ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
