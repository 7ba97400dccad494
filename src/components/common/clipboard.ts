import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long `copied` names what was copied last (e.g. for a button to say "Copied"). */
const COPIED_FEEDBACK_MS = 2000;

/** What a copy says when it is done, and when the browser refuses. */
export interface CopyMessages {
  copied: string;
  refused: string;
}

/**
 * Copies text to the clipboard on a reader's request and says what happened through a polite
 * status region the host renders with `message`.
 */
export class ClipboardController implements ReactiveController {
  /** The last announcement, for the host's `role="status"` region. */
  message = '';
  /** The key of what was copied last, for a while after the copy. */
  copied: string | undefined;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Writes `text` to the clipboard and announces `messages.copied`, or `messages.refused` when
   * there is no clipboard or the browser refuses; resolves with whether it copied. Call it from
   * the click: the browser is asked at once, while the click's user activation holds.
   */
  async copy(text: string, messages: CopyMessages, key?: string): Promise<boolean> {
    const writing = navigator.clipboard?.writeText
      ? navigator.clipboard.writeText(text)
      : Promise.reject(new Error('No clipboard'));
    try {
      await writing;
    } catch {
      await this.announce(messages.refused);
      return false;
    }
    this.copied = key;
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => {
      this.copied = undefined;
      this.host.requestUpdate();
    }, COPIED_FEEDBACK_MS);
    await this.announce(messages.copied);
    return true;
  }

  /**
   * Says `message` through the status region, even when it repeats: the region is emptied in one
   * update and filled in the next (not on an animation frame, which a hidden tab never draws).
   */
  async announce(message: string): Promise<void> {
    this.message = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.message = message;
    this.host.requestUpdate();
  }

  /** Forgets the last announcement, e.g. when the host shows something else. */
  clear(): void {
    this.message = '';
    this.copied = undefined;
    clearTimeout(this.copiedTimer);
  }

  hostDisconnected(): void {
    clearTimeout(this.copiedTimer);
    this.copied = undefined;
  }
}
