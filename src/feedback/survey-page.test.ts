import { describe, expect, it } from 'vitest';
import { escapeHtml, surveyPage, thanksPage } from './survey-page.ts';
import { DEFAULT_TARGETING, type Survey } from './survey-schema.ts';
import { STANDARD_FOLLOW_UP } from './wording.ts';

const survey: Survey = {
  id: 'sv1',
  version: 1,
  name: 'CES',
  kind: 'ces',
  target: { type: 'stage', stageId: 'st' },
  question: { en: 'Was it <b>easy</b>?', fr: 'Était-ce « simple » ?' },
  followUp: STANDARD_FOLLOW_UP,
  customQuestions: [{ id: 'why', label: { en: 'Why "that"?', fr: 'Pourquoi ?' } }],
  targeting: DEFAULT_TARGETING,
  triggerEvent: null,
  activeFrom: null,
  activeUntil: null,
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('hosted survey page', () => {
  it('escapes everything people typed', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
    const html = surveyPage({
      survey,
      lang: 'en',
      action: '/s/t',
      answer: { score: 5, comment: '</textarea><script>x</script>', answers: {} },
      notice: null,
    });
    expect(html).not.toContain('<b>easy</b>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Why &#34;that&#34;?');
  });

  it('is a labelled radio group of the whole scale, both ends spelled out', () => {
    const html = surveyPage({ survey, lang: 'fr', action: '/s/t', answer: null, notice: null });
    expect(html).toContain('<html lang="fr">');
    expect(html.match(/type="radio" name="score"/g)).toHaveLength(7);
    expect(html).toContain('<span class="sr">Pas du tout d’accord</span>');
    expect(html).toContain('<span class="sr">Tout à fait d’accord</span>');
    expect(html).toContain('<label class="text" for="f-comment">');
    expect(html).toContain('name="q.why"');
    expect(html).toContain('name="viewport"');
  });

  it('thanks with the score and a way back', () => {
    const html = thanksPage('en', 6, '/s/t');
    expect(html).toContain('Your score: 6');
    expect(html).toContain('href="/s/t"');
  });
});
