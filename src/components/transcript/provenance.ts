import type { ReactiveControllerHost } from 'lit';
import { loadInterviewProvenance } from '../../data/provenance.js';
import type { InterviewProvenance } from '../../data/provenance.js';

/**
 * The bundled interview's provenance (its corrections to the automatic captions), loaded the
 * first time the element shows that interview, never for a transcript the page brings.
 */
export class ProvenanceLoader {
  private value: InterviewProvenance | undefined;
  private loading: Promise<unknown> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The provenance once loaded; the first call starts loading it. */
  get(): InterviewProvenance | undefined {
    this.loading ??= loadInterviewProvenance().then(
      (provenance) => {
        this.value = provenance;
        this.host.requestUpdate();
      },
      // Without its provenance the interview still shows; a later call tries again.
      () => (this.loading = undefined),
    );
    return this.value;
  }
}
