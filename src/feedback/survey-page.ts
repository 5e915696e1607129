/**
 * The hosted survey page, as plain server-rendered HTML with a little inline CSS: no script,
 * one request, readable on a phone. Accessible: the scale is a radio group in a fieldset whose
 * legend is the question, both ends of the scale are spelled out for screen readers, every
 * control has a visible label, targets are at least 44 px, focus is always visible. Pure.
 */
import type { AnswerContent } from './answer-event.ts';
import { fill, RESPONDENT_TEXTS } from './respondent-texts.ts';
import { SCALES } from './scales.ts';
import type { Survey } from './survey-schema.ts';
import { SCALE_ENDS, type SurveyLang } from './wording.ts';

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:18px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#f4f5f7}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}
.card{background:#fff;border:1px solid #d5d9e0;border-radius:12px;padding:1.25rem}
h1{font-size:1.25rem;margin:0 0 1rem}
fieldset{border:0;margin:0 0 1.25rem;padding:0;min-width:0}
legend{font-weight:600;font-size:1.15rem;margin-bottom:.25rem;padding:0}
.hint{display:block;color:#4b5565;font-size:.95rem;font-weight:400;margin-bottom:.75rem}
.points{display:grid;grid-template-columns:repeat(var(--points),minmax(2.75rem,1fr));gap:.4rem}
.point{position:relative;display:block}
.point input{position:absolute;opacity:0;inset:0;width:100%;height:100%;margin:0;cursor:pointer}
.point span{display:flex;align-items:center;justify-content:center;min-height:2.9rem;border:2px solid #8a93a3;border-radius:8px;font-weight:600;background:#fff}
.point input:checked+span{background:#1f4fbf;border-color:#1f4fbf;color:#fff}
.point input:focus-visible+span{outline:3px solid #f2a900;outline-offset:2px}
.ends{display:flex;justify-content:space-between;gap:1rem;color:#4b5565;font-size:.9rem;margin-top:.35rem}
label.text{display:block;font-weight:600;margin:1rem 0 .35rem}
.optional{font-weight:400;color:#4b5565}
textarea{width:100%;min-height:6.5rem;font:inherit;padding:.6rem;border:2px solid #8a93a3;border-radius:8px}
textarea:focus-visible{outline:3px solid #f2a900;outline-offset:1px}
button,.button{display:inline-block;margin-top:1.25rem;min-height:3rem;padding:.7rem 1.5rem;font:inherit;font-weight:600;color:#fff;background:#1f4fbf;border:0;border-radius:8px;cursor:pointer;text-decoration:none}
button:focus-visible,.button:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.alert{border-radius:8px;padding:.75rem 1rem;margin-bottom:1rem}
.alert-error{background:#fdecec;border:1px solid #c0392b;color:#7a1f16}
.alert-ok{background:#e8f5ec;border:1px solid #2e7d4f;color:#1d4d31}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:30rem){.points.many{grid-template-columns:repeat(6,1fr)}}
`;

function layout(lang: SurveyLang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export interface SurveyPageState {
  readonly survey: Survey;
  readonly lang: SurveyLang;
  /** The form posts back to this path. */
  readonly action: string;
  /** Prefills the form (the answer already given). */
  readonly answer: AnswerContent | null;
  /** A banner above the form: the one-click thanks, or what is wrong. */
  readonly notice: { readonly kind: 'ok' | 'error'; readonly text: string } | null;
  /** Field errors by name (`score`, `comment`, a custom question id). */
  readonly errors?: Readonly<Record<string, string>>;
}

function scaleField(state: SurveyPageState): string {
  const { survey, lang, answer } = state;
  const { min, max } = SCALES[survey.kind];
  const ends = SCALE_ENDS[survey.kind];
  const texts = RESPONDENT_TEXTS[lang];
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i).map((score) => {
    const end =
      score === min
        ? ` <span class="sr">${escapeHtml(ends.low[lang])}</span>`
        : score === max
          ? ` <span class="sr">${escapeHtml(ends.high[lang])}</span>`
          : '';
    const checked = answer?.score === score ? ' checked' : '';
    return `<label class="point"><input type="radio" name="score" value="${score}" required${checked}><span>${score}${end}</span></label>`;
  });
  const error = state.errors?.score;
  return `<fieldset${error === undefined ? '' : ' aria-describedby="score-error"'}>
<legend>${escapeHtml(survey.question[lang])}<span class="hint">${escapeHtml(fill(texts.scoreLegend, { min, max }))}</span></legend>
${error === undefined ? '' : `<p id="score-error" class="alert alert-error">${escapeHtml(error)}</p>`}
<div class="points${points.length > 7 ? ' many' : ''}" style="--points:${points.length}">
${points.join('\n')}
</div>
<div class="ends" aria-hidden="true"><span>${escapeHtml(ends.low[lang])}</span><span>${escapeHtml(ends.high[lang])}</span></div>
</fieldset>`;
}

function textField(
  name: string,
  label: string,
  value: string,
  optional: string,
  focus: boolean,
  error?: string,
): string {
  const id = `f-${name}`;
  const described =
    error === undefined ? '' : ` aria-describedby="${id}-error" aria-invalid="true"`;
  return `<label class="text" for="${id}">${escapeHtml(label)} <span class="optional">(${escapeHtml(optional)})</span></label>
${error === undefined ? '' : `<p id="${id}-error" class="alert alert-error">${escapeHtml(error)}</p>`}
<textarea id="${id}" name="${escapeHtml(name)}" maxlength="2000"${focus ? ' autofocus' : ''}${described}>${escapeHtml(value)}</textarea>`;
}

/** The survey form, prefilled with the answer already given. */
export function surveyPage(state: SurveyPageState): string {
  const { survey, lang, answer, notice } = state;
  const texts = RESPONDENT_TEXTS[lang];
  const focusText = notice?.kind === 'ok';
  const followUp =
    survey.followUp === null
      ? ''
      : textField(
          'comment',
          survey.followUp[lang],
          answer?.comment ?? '',
          texts.optional,
          focusText,
          state.errors?.comment,
        );
  const custom = survey.customQuestions
    .map((q) =>
      textField(
        `q.${q.id}`,
        q.label[lang],
        answer?.answers[q.id] ?? '',
        texts.optional,
        false,
        state.errors?.[q.id],
      ),
    )
    .join('\n');
  const banner =
    notice === null
      ? ''
      : `<p class="alert alert-${notice.kind}" role="${notice.kind === 'error' ? 'alert' : 'status'}">${escapeHtml(notice.text)}</p>`;
  const body = `<div class="card">
<h1>${escapeHtml(texts.title)}</h1>
${banner}
<form method="post" action="${escapeHtml(state.action)}">
${scaleField(state)}
${followUp}
${custom}
<button type="submit">${escapeHtml(texts.submit)}</button>
</form>
</div>`;
  return layout(lang, texts.title, body);
}

/** After an answer: the thanks, the score given, and a way back to change it. */
export function thanksPage(lang: SurveyLang, score: number, changeHref: string): string {
  const texts = RESPONDENT_TEXTS[lang];
  const body = `<div class="card">
<h1>${escapeHtml(texts.title)}</h1>
<p class="alert alert-ok" role="status">${escapeHtml(texts.thanks)}</p>
<p>${escapeHtml(fill(texts.savedScore, { score }))}</p>
<a class="button" href="${escapeHtml(changeHref)}">${escapeHtml(texts.change)}</a>
</div>`;
  return layout(lang, texts.title, body);
}

/** A link that cannot be used (tampered, expired, survey closed or gone, too many answers). */
export function messagePage(lang: SurveyLang, text: string): string {
  const texts = RESPONDENT_TEXTS[lang];
  return layout(
    lang,
    texts.title,
    `<div class="card"><h1>${escapeHtml(texts.title)}</h1><p class="alert alert-error" role="alert">${escapeHtml(text)}</p></div>`,
  );
}
