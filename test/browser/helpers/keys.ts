import { sendKeys } from '@web/test-runner-commands';

/**
 * Presses `key` with Shift held, on what has the focus. WebDriver (WebKit here) cannot hold a
 * modifier: there `fallback` does what the keys would have done; without one, the focused
 * element (through shadow roots) gets the keydown event the page would get.
 */
export async function pressWithShift(key: string, fallback?: () => void): Promise<void> {
  try {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key });
    await sendKeys({ up: 'Shift' });
  } catch {
    if (fallback) return fallback();
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    active?.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: true, bubbles: true, composed: true, cancelable: true }));
  }
}
