import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTopicCardEmail, renderTopicCardEmailDocument } from '../../src/core/email.js';
import { renderTopicCardText } from '../../src/core/email-text.js';
import { interview } from '../../src/data/interview.js';
import { emailProblems } from './email-html-validate.js';

const HREF = 'https://example.org/huge-conversations.html';

describe('email cards of the bundled interview', () => {
  it('has the curated topics to make cards of', () => {
    assert.ok(interview.topics.length >= 10, `only ${interview.topics.length} topics`);
  });

  for (const topic of interview.topics) {
    it(`${topic.id}: passes the email checks, as a fragment and as a document`, () => {
      const html = renderTopicCardEmail(interview, topic.id, { href: HREF });
      assert.deepEqual(emailProblems(html), []);
      assert.deepEqual(emailProblems(renderTopicCardEmailDocument(interview, topic.id, { href: HREF })), []);
      assert.deepEqual(emailProblems(renderTopicCardEmail(interview, topic.id, { width: 320, accent: '#fc0' })), []);
      assert.ok(html.includes(`href="${HREF}#verbatim-${topic.segments[0]}"`));
      assert.ok(renderTopicCardText(interview, topic.id).startsWith(`${topic.title}\n`));
    });
  }
});
