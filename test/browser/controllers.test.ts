/** The elements' controllers, each on a stand-in host, as the elements use them. */
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ClipboardController } from '../../src/components/common/clipboard.js';
import { defineElement } from '../../src/components/common/define.js';
import { Task, TaskStatus } from '../../src/components/common/task.js';
import { LinkStateController } from '../../src/components/transcript/link-state.js';
import { loadSearchCode, resultsFor, SearchController } from '../../src/components/transcript/search-controller.js';
import { createSearch } from '../../src/core/search.js';
import type { LinkState } from '../../src/core/link-state.js';
import { record, stubClipboard } from './helpers/elements.js';
import { sample } from './fixtures/transcript-helpers.js';

/** A host with nothing of its own: the controllers under test are added to it. */
class Host extends LitElement {}

const added: Element[] = [];
function host(id = ''): Host {
  const element = document.createElement('test-controller-host') as Host;
  element.id = id;
  added.push(document.body.appendChild(element));
  return element;
}
defineElement('test-controller-host', Host);

const initialUrl = location.href;
afterEach(() => {
  for (const element of added.splice(0)) element.remove();
  history.replaceState(null, '', initialUrl);
});

describe('Task', () => {
  it('runs when its arguments change, aborts the run they replace, and settles taskComplete once', async () => {
    const element = host();
    let arg = 'a';
    const signals: AbortSignal[] = [];
    const task = new Task(element, {
      args: () => [arg] as const,
      task: async ([value], { signal }) => {
        signals.push(signal);
        await new Promise((resolve) => setTimeout(resolve));
        return value.toUpperCase();
      },
    });
    element.requestUpdate();
    await element.updateComplete;
    expect(task.status).to.equal(TaskStatus.PENDING);
    arg = 'b';
    element.requestUpdate();
    await element.updateComplete;
    expect(await task.taskComplete).to.equal('B');
    expect(task.status).to.equal(TaskStatus.COMPLETE);
    expect(signals.map((signal) => signal.aborted)).to.deep.equal([true, false]);
  });

  it('keeps an error, and stops a pending run when the host leaves the page', async () => {
    const element = host();
    const errors: unknown[] = [];
    let fail = true;
    const task = new Task(element, {
      args: () => [fail] as const,
      task: ([failing], { signal }) => failing
        ? Promise.reject(new Error('no'))
        : new Promise<string>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
      onError: (error) => errors.push(error),
    });
    element.requestUpdate();
    await task.taskComplete.catch(() => undefined);
    expect(task.status).to.equal(TaskStatus.ERROR);
    expect((task.error as Error).message).to.equal('no');
    fail = false;
    element.requestUpdate();
    await element.updateComplete;
    const complete = task.taskComplete;
    element.remove();
    await complete;
    expect(task.status).to.equal(TaskStatus.INITIAL);
    expect(errors).to.have.length(1);
  });
});

describe('SearchController', () => {
  // First in this page: the search code is not loaded yet.
  it('loads the search code on first need: a search typed before is preparing, then shown and announced with its hits', async () => {
    const element = host();
    const search = new SearchController(element);
    const events = record<{ query: string; hits: unknown[] }>(element, 'verbatim-search');
    search.typed({ transcript: sample, query: 'hologram' }, 'hologram');
    expect(search.results!.preparing, 'preparing while the code loads').to.equal(true);
    expect(events).to.deep.equal([]);
    await search.settled;
    expect(search.results!.preparing).to.equal(false);
    expect(search.results!.hits.length).to.be.greaterThan(0);
    expect(events.map((event) => event.query)).to.deep.equal(['hologram']);
    expect(events[0]!.hits).to.deep.equal(search.results!.hits);
  });

  it('memoises results, moves between matches and fires verbatim-search for typed searches', async () => {
    await loadSearchCode();
    const element = host();
    const search = new SearchController(element);
    const events = record<{ query: string }>(element, 'verbatim-search');
    const input = { transcript: sample, query: 'hologram' };
    const results = search.update(input);
    expect(search.update({ ...input }), 'the same inputs, the same results').to.equal(results);
    expect(results.matches.length).to.be.greaterThan(1);
    expect(search.current).to.equal(0);
    expect(search.step(-1)).to.equal(true);
    expect(search.current).to.equal(results.matches.length - 1);
    expect(search.update({ ...input, speaker: 'guest' })).to.not.equal(results);
    expect(events).to.deep.equal([]);
    search.typed({ ...input, query: 'calculator' }, 'calculator');
    expect(events.map((event) => event.query)).to.deep.equal(['calculator']);
  });

  it('resultsFor is pure: the same hits for the same index and input', () => {
    const index = createSearch(sample);
    const input = { transcript: sample, query: 'open source' };
    expect(resultsFor(index, input, false).hits).to.deep.equal(resultsFor(index, input, false).hits);
    expect(resultsFor(index, input, true).hits, 'none while preparing').to.deep.equal([]);
  });
});

describe('LinkStateController', () => {
  const changes = (element: Host) => {
    const seen: LinkState[] = [];
    return { seen, links: new LinkStateController(element, (state) => seen.push(state)) };
  };

  it('keeps one entry per host id in the fragment, and reads the unscoped one otherwise', () => {
    const first = changes(host('first')).links;
    const second = changes(host('second')).links;
    const plain = changes(host()).links;
    history.replaceState(null, '', '#verbatim-search=shared');
    expect(first.read()).to.deep.equal({ query: 'shared' });
    first.write({ query: 'one & two' });
    second.write({ segment: 's2' });
    expect(location.hash).to.equal('#verbatim-search=shared&verbatim-first:search=one%20%26%20two&verbatim-second:s2');
    expect(first.read()).to.deep.equal({ query: 'one & two' });
    expect(second.read()).to.deep.equal({ segment: 's2' });
    expect(plain.read()).to.deep.equal({ query: 'shared' });
    first.write({});
    expect(location.hash).to.equal('#verbatim-search=shared&verbatim-second:s2');
    expect(new URL(plain.url({ segment: 's9' })).hash).to.equal('#verbatim-second:s2&verbatim-s9');
  });

  it('tells its host when the fragment changes, until it leaves the page', () => {
    const element = host('talk');
    const { seen } = changes(element);
    history.replaceState(null, '', '#verbatim-talk:s3');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    element.remove();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(seen).to.deep.equal([{ segment: 's3' }]);
  });
});

describe('ClipboardController', () => {
  it('copies, says so, and names what it copied for a while', async () => {
    const element = host();
    const clipboard = new ClipboardController(element);
    const copied: string[] = [];
    const restore = stubClipboard(async (text) => void copied.push(text));
    try {
      expect(await clipboard.copy('words', { copied: 'Copied', refused: 'Refused' }, 'k1')).to.equal(true);
    } finally {
      restore();
    }
    expect(copied).to.deep.equal(['words']);
    expect(clipboard.message).to.equal('Copied');
    expect(clipboard.copied).to.equal('k1');
  });

  it('says so when the browser refuses', async () => {
    const element = host();
    const clipboard = new ClipboardController(element);
    const restore = stubClipboard(() => Promise.reject(new Error('denied')));
    try {
      expect(await clipboard.copy('words', { copied: 'Copied', refused: 'Refused' })).to.equal(false);
    } finally {
      restore();
    }
    expect(clipboard.message).to.equal('Refused');
    expect(clipboard.copied).to.equal(undefined);
  });
});
