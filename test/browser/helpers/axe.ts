import { expect } from '@open-wc/testing';

/**
 * Runs axe on `element` (its shadow tree included) and fails with axe's own report when it
 * finds any violation. Call it in every state an element can be in.
 */
export async function expectAccessible(element: Element): Promise<void> {
  await expect(element).to.be.accessible();
}
