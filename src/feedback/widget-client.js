/*
 * Parcours feedback widget: one script tag on any page.
 *
 *   <script src="https://parcours.example.com/widget.js" data-write-key="wk_…"
 *           data-user-id="(optional) the signed-in customer" data-lang="fr" async></script>
 *
 * JavaScript API (window.parcoursFeedback):
 *   track(eventName)  an event happened: shows the survey it triggers, if the visitor is eligible
 *   show(surveyId)    shows a survey now
 *   identify(userId)  the visitor signed in
 *   onAnswer(fn)      fn({ surveyId, score }) after each answer
 * Calls made before the script loaded may be queued in window.parcoursFeedbackQueue as
 * [method, ...args] arrays. With Segment's analytics.js on the page, every analytics.track()
 * also reaches track(). The survey renders in a shadow root, so the page's styles never leak in.
 */
(() => {
  const script = document.currentScript;
  if (!script || window.parcoursFeedback?.version) return;
  const origin = new URL(script.src).origin;
  const writeKey = script.getAttribute('data-write-key') || '';
  let userId = script.getAttribute('data-user-id') || null;
  const lang = (
    script.getAttribute('data-lang') ||
    document.documentElement.lang ||
    navigator.language ||
    'en'
  )
    .slice(0, 2)
    .toLowerCase();
  const listeners = [];
  let open = false;

  function anonymousId() {
    try {
      const fromSegment = window.analytics?.user?.().anonymousId();
      if (fromSegment) return fromSegment;
    } catch {
      /* analytics.js not ready: use our own id */
    }
    const key = 'parcours_feedback_aid';
    try {
      let id = localStorage.getItem(key);
      if (!id) {
        id = `pf-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
        localStorage.setItem(key, id);
      }
      return id;
    } catch {
      return `pf-${Math.random().toString(36).slice(2)}`;
    }
  }

  function fetchSurvey(params) {
    const query = new URLSearchParams(params);
    query.set('writeKey', writeKey);
    query.set('anonymousId', anonymousId());
    if (userId) query.set('userId', userId);
    query.set('lang', lang === 'fr' ? 'fr' : 'en');
    return fetch(`${origin}/feedback/widget/survey?${query}`, { credentials: 'omit' })
      .then((response) => (response.ok ? response.json() : { survey: null }))
      .then((body) => body.survey)
      .catch(() => null);
  }

  const CSS = `
:host{all:initial}
.box{position:fixed;right:16px;bottom:16px;z-index:2147483000;width:min(420px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow:auto;background:#fff;color:#1d2330;border:1px solid #c3c8d1;border-radius:12px;box-shadow:0 8px 32px rgba(0,0,0,.2);padding:16px;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h2{font-size:17px;margin:0 32px 4px 0}
.hint{color:#4b5565;font-size:14px;margin:0 0 8px}
fieldset{border:0;margin:0;padding:0;min-width:0}
.points{display:grid;grid-template-columns:repeat(var(--points),1fr);gap:4px}
.points.many{grid-template-columns:repeat(6,1fr)}
label.point{position:relative;display:block}
label.point input{position:absolute;inset:0;opacity:0;margin:0;width:100%;height:100%;cursor:pointer}
label.point span{display:flex;align-items:center;justify-content:center;min-height:44px;border:2px solid #8a93a3;border-radius:8px;font-weight:600}
label.point input:checked+span{background:#1f4fbf;border-color:#1f4fbf;color:#fff}
label.point input:focus-visible+span{outline:3px solid #f2a900;outline-offset:2px}
.ends{display:flex;justify-content:space-between;color:#4b5565;font-size:13px;margin-top:4px}
label.text{display:block;font-weight:600;margin:12px 0 4px}
label.text span{font-weight:400;color:#4b5565}
textarea{width:100%;box-sizing:border-box;min-height:72px;font:inherit;padding:8px;border:2px solid #8a93a3;border-radius:8px}
.send{margin-top:12px;min-height:44px;padding:8px 20px;font:inherit;font-weight:600;color:#fff;background:#1f4fbf;border:0;border-radius:8px;cursor:pointer}
.close{position:absolute;top:8px;right:8px;width:44px;height:44px;font-size:24px;line-height:1;background:none;border:0;cursor:pointer;color:#4b5565}
button:focus-visible,textarea:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.msg{margin:8px 0 0}
.error{color:#a12a1c}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

  function element(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children || []) node.appendChild(child);
    return node;
  }

  function render(survey) {
    if (open || !survey) return false;
    open = true;
    const previousFocus = document.activeElement;
    const host = element('div', { 'data-parcours-feedback': survey.surveyId });
    const root = host.attachShadow({ mode: 'open' });
    const texts = survey.texts;
    const points = [];
    for (let score = survey.min; score <= survey.max; score++) {
      const end = score === survey.min ? survey.low : score === survey.max ? survey.high : '';
      const label = element('span', { text: String(score) });
      if (end) label.appendChild(element('span', { class: 'sr', text: ` ${end}` }));
      points.push(
        element('label', { class: 'point' }, [
          element('input', { type: 'radio', name: 'score', value: String(score) }),
          label,
        ]),
      );
    }
    const count = survey.max - survey.min + 1;
    const fields = [
      element('fieldset', {}, [
        element('legend', { class: 'sr', text: survey.question }),
        element('p', {
          class: 'hint',
          text: texts.scoreLegend.replace('{min}', survey.min).replace('{max}', survey.max),
        }),
        element(
          'div',
          { class: count > 7 ? 'points many' : 'points', style: `--points:${count}` },
          points,
        ),
        element('div', { class: 'ends', 'aria-hidden': 'true' }, [
          element('span', { text: survey.low }),
          element('span', { text: survey.high }),
        ]),
      ]),
    ];
    const textAreas = [];
    const addText = (name, label) => {
      const id = `pf-${name}`;
      const area = element('textarea', { id, name, maxlength: '2000' });
      textAreas.push(area);
      fields.push(
        element('label', { class: 'text', for: id, text: `${label} ` }, [
          element('span', { text: `(${texts.optional})` }),
        ]),
        area,
      );
    };
    if (survey.followUp) addText('comment', survey.followUp);
    for (const question of survey.customQuestions) addText(`q.${question.id}`, question.label);
    const message = element('p', { class: 'msg', role: 'status', 'aria-live': 'polite' });
    const form = element('form', { novalidate: '' }, [
      ...fields,
      element('button', { type: 'submit', class: 'send', text: texts.submit }),
      message,
    ]);
    const close = element('button', {
      type: 'button',
      class: 'close',
      'aria-label': texts.close,
      text: '×',
    });
    const box = element(
      'div',
      { class: 'box', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'pf-title' },
      [close, element('h2', { id: 'pf-title', text: survey.question }), form],
    );
    root.appendChild(element('style', { text: CSS }));
    root.appendChild(box);
    document.body.appendChild(host);

    const dismiss = () => {
      host.remove();
      open = false;
      if (previousFocus && typeof previousFocus.focus === 'function') previousFocus.focus();
    };
    close.addEventListener('click', dismiss);
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') dismiss();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const checked = root.querySelector('input[name=score]:checked');
      if (!checked) {
        message.className = 'msg error';
        message.textContent = texts.scoreMissing;
        return;
      }
      const answers = {};
      let comment = '';
      for (const area of textAreas) {
        if (area.name === 'comment') comment = area.value;
        else answers[area.name.slice(2)] = area.value;
      }
      const score = Number(checked.value);
      const body = { writeKey, ticket: survey.ticket, score, comment, answers };
      fetch(`${origin}/feedback/widget/answers`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify(body),
        credentials: 'omit',
      })
        .then((response) => {
          if (!response.ok) throw new Error(String(response.status));
          form.replaceChildren(element('p', { class: 'msg', role: 'status', text: texts.thanks }));
          for (const listener of listeners) listener({ surveyId: survey.surveyId, score });
          setTimeout(dismiss, 4000);
        })
        .catch(() => {
          message.className = 'msg error';
          message.textContent = texts.error;
        });
    });
    const first = root.querySelector('input[name=score]');
    if (first) first.focus();
    return true;
  }

  const api = {
    version: 1,
    track: (event) =>
      open ? Promise.resolve(false) : fetchSurvey({ event: String(event) }).then(render),
    show: (surveyId) => fetchSurvey({ surveyId: String(surveyId) }).then(render),
    identify: (id) => {
      userId = id ? String(id) : null;
    },
    onAnswer: (listener) => {
      if (typeof listener === 'function') listeners.push(listener);
    },
  };
  window.parcoursFeedback = api;

  if (window.analytics && typeof window.analytics.on === 'function') {
    window.analytics.on('track', (event) => api.track(event));
  }
  for (const [method, ...args] of window.parcoursFeedbackQueue || []) {
    if (typeof api[method] === 'function') api[method](...args);
  }
  window.parcoursFeedbackQueue = { push: ([method, ...args]) => api[method]?.(...args) };
  document.dispatchEvent(new CustomEvent('parcours-feedback:ready'));
})();
