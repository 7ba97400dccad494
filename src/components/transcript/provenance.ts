import type { ReactiveControllerHost } from 'lit';
import { loadInterviewProvenance } from '../../data/provenance.js';
import type { InterviewProvenance } from '../../data/provenance.js';

/**
 * The bundled interview's provenance (its corrections to the automatic captions), loaded the
 * first time the reader opens its disclosure, never for a transcript the page brings.
 */
export class ProvenanceLoader {
  /** The provenance once loaded. */
  value: InterviewProvenance | undefined;
  private loading: Promise<unknown> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Starts loading the provenance, once. */
  readonly load = (): void => {
    this.loading ??= loadInterviewProvenance().then(
      (provenance) => {
        this.value = provenance;
        this.host.requestUpdate();
      },
      // Without its provenance the interview still shows; a later call tries again.
      () => (this.loading = undefined),
    );
  };
}
