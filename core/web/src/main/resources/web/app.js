'use strict';
// The nts-platform web application: plain JavaScript on the public REST API (/api), with the
// user's session cookie and its token against cross-site requests. No markup is built from
// strings: every text goes into the page as text.
(function () {
  const TEXT = window.NTS_TEXT;
  const state = { session: null, lang: localStorage.getItem('nts.lang') || 'nl', ref: null, orgs: null };

  // ---- words ---------------------------------------------------------------------------------
  function t(key, values) {
    let s = (TEXT[state.lang] && TEXT[state.lang][key]) || TEXT.nl[key] || key;
    if (values) { Object.keys(values).forEach(k => { s = s.split('{' + k + '}').join(values[k]); }); }
    return s;
  }
  const euro = n => new Intl.NumberFormat(state.lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n || 0);
  const day = d => d ? new Date(d + 'T00:00:00').toLocaleDateString(state.lang === 'en' ? 'en-GB' : 'nl-NL', { year: 'numeric', month: 'short', day: 'numeric' }) : '';

  // ---- building the page -----------------------------------------------------------------------
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) { return; }
      if (k.startsWith('on')) { el.addEventListener(k.substring(2), v); } else if (k === 'text') { el.textContent = v; } else { el.setAttribute(k, v === true ? '' : v); }
    });
    children.flat(Infinity).forEach(c => { if (c !== null && c !== undefined && c !== false) { el.append(c instanceof Node ? c : String(c)); } });
    return el;
  }
  const main = () => document.getElementById('main');
  function show(title, ...content) {
    document.title = title + ' · nts-platform';
    const m = main();
    m.replaceChildren(h('h1', {}, title), ...content.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
    m.focus({ preventScroll: true });
  }
  function notice(text) { document.getElementById('notice').textContent = text; }
  function problem(err) {
    const box = document.getElementById('problem');
    if (!err) { box.hidden = true; box.replaceChildren(); return; }
    const refused = err.status === 403 || err.status === 409 || err.status === 422 || err.status === 429;
    box.replaceChildren(h('strong', {}, (refused ? t('refused') : t('error')) + (err.status ? ' (' + err.status + ')' : '') + ': '),
      err.detail || err.message || String(err), ...(err.field ? [h('span', {}, ' [' + err.field + ']')] : []),
      ...(err.status === 429 && err.retryAfter ? [h('p', { class: 'retry' }, t('retryAfter', { seconds: err.retryAfter }))] : []));
    box.hidden = false;
    box.scrollIntoView({ block: 'nearest' });
  }

  // ---- the API ---------------------------------------------------------------------------------
  class ApiError extends Error {
    constructor(status, body) {
      super((body && (body.detail || body.title)) || ('HTTP ' + status));
      this.status = status; this.detail = body && body.detail; this.field = body && body.field; this.retryAfter = body && body.retryAfter;
    }
  }
  const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
  /** An answer's body: parsed when the server says it is JSON; anything else (a proxy's page) is no answer of the API. */
  async function answer(res) {
    const text = await res.text();
    if (!text) { return { json: null }; }
    if (JSON_TYPE.test(res.headers.get('Content-Type') || '')) {
      try { return { json: JSON.parse(text) }; } catch (e) { /* not JSON after all: a plain error */ }
    }
    return { json: null, plain: true };
  }
  /** A path with its query; parameters without a value are left out. */
  function withQuery(path, params) {
    const query = new URLSearchParams();
    Object.entries(params || {}).forEach(([k, v]) => { if (v !== '' && v !== null && v !== undefined) { query.set(k, v); } });
    const text = query.toString();
    return text ? path + '?' + text : path;
  }
  /** A call of the API with the session (anonymous: without it, as the public page calls, sending no cookie). */
  async function api(method, path, body, anonymous) {
    const headers = { 'Accept': 'application/json', 'X-Requested-With': 'nts-web' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET' && state.session && !anonymous) { headers['X-CSRF-Token'] = state.session.csrfToken; }
    let res;
    try {
      res = await fetch('/api' + path, { method, headers, credentials: anonymous ? 'omit' : 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new ApiError(0, { detail: t('error.network') });
    }
    const { json, plain } = await answer(res);
    if (anonymous) {
      // nothing of a session here
    } else if (res.status === 401 && path !== '/session') {
      ended(t('login.ended'));
    } else if (state.session) {
      idle.restart();
    }
    if (plain) { throw new ApiError(res.status, { detail: t('error.notJson', { status: res.status }) }); }
    if (!res.ok) { throw new ApiError(res.status, { ...(json || {}), retryAfter: res.headers.get('Retry-After') }); }
    return json;
  }
  const get = (path, params) => api('GET', withQuery(path, params));
  /**
   * The session ended (on the server, or here after as long without use as the server allows): what was shown goes
   * from the screen, and the login brings the user back where they were.
   */
  function ended(message) {
    idle.stop();
    if (!state.session) { return; }
    state.session = null;
    state.orgs = null;
    const here = location.hash || '#/';
    if (!here.startsWith('#/login')) { state.returnTo = here; }
    main().replaceChildren();
    location.hash = '#/login';
    notice(message);
  }
  const idle = (() => {
    let timer = null;
    return {
      restart() {
        clearTimeout(timer);
        const seconds = state.session && state.session.idleSeconds;
        if (seconds > 0) { timer = setTimeout(() => ended(t('login.idle', { minutes: Math.round(seconds / 60) })), seconds * 1000); }
      },
      stop() { clearTimeout(timer); }
    };
  })();
  async function all(path, params) {
    const items = [];
    for (let page = 1; page < 100; page++) {
      const r = await get(path, { ...params, size: 200, page });
      items.push(...r.items);
      if (items.length >= r.total || r.items.length === 0) { break; }
    }
    return items;
  }
  async function reference() {
    if (!state.ref) {
      const [techs, roms, themes, chains] = await Promise.all([get('/technologies'), get('/roms'), get('/themes'), all('/value-chains')]);
      state.ref = { techs: techs.items, roms: roms.items, themes: themes.items, chains };
    }
    return state.ref;
  }
  async function organisations(fresh) {
    if (!state.orgs || fresh) { state.orgs = await all('/organisations', { sort: 'name' }); }
    return state.orgs;
  }
  const techName = (ref, code) => { const k = ref.techs.find(x => x.code === code); return k ? (state.lang === 'en' ? k.nameEn : k.nameNl) : code; };
  const chainName = (ref, code) => { const c = ref.chains.find(x => x.code === code); return c ? c.name : code; };
  const orgName = id => { const o = (state.orgs || []).find(x => x.id === id); return o ? o.name : '#' + id; };
  const themeName = (ref, code) => { const x = ref.themes.find(y => y.code === code); return x ? x.name : code; };
  const orgLabel = o => o.name + (o.city ? ' — ' + o.city : '');

  // ---- who may do what (the server decides; this only keeps buttons away that it would refuse) --
  const roles = () => (state.session ? state.session.roles : []);
  const operator = () => roles().includes('kia-operator');
  const actsFor = rom => operator() || roles().includes('rom-admin:' + rom) || roles().includes('rom-member:' + rom);
  const mayWrite = owners => operator() || (owners || []).some(actsFor);
  const myRoms = () => (state.ref ? state.ref.roms.map(r => r.code).filter(actsFor) : []);

  // Workflows are read fresh for each screen: a ROM's plugin installed or swapped shows at once.
  let workflows = {};
  let lastCapture = {};
  async function workflow(subject, rom) {
    const key = subject + '/' + rom;
    if (!workflows[key]) { workflows[key] = get('/workflows/' + encodeURIComponent(rom), { subject }); }
    return workflows[key];
  }
  function stateName(wf, code) { const s = wf && wf.states.find(x => x.code === code); return s ? s.name : code; }

  function reasonFor(stepName) {
    const dialog = document.getElementById('reason-dialog');
    document.getElementById('reason-title').textContent = t('reason.title', { step: stepName });
    document.getElementById('reason-label').textContent = t('reason.label');
    document.getElementById('reason-ok').textContent = t('ok');
    document.getElementById('reason-cancel').textContent = t('cancel');
    const text = document.getElementById('reason-text');
    text.value = '';
    return new Promise(resolve => {
      const done = value => { dialog.close(); resolve(value); };
      document.getElementById('reason-form').onsubmit = e => { e.preventDefault(); if (text.value.trim()) { done(text.value.trim()); } };
      document.getElementById('reason-cancel').onclick = () => done(null);
      dialog.oncancel = () => resolve(null);
      dialog.showModal();
      text.focus();
    });
  }

  /**
   * The steps its ROM's workflow offers this user now, as buttons: none where the server would refuse (a role the
   * user lacks, a record of another ROM, an answered state while no action answers the input, a record held in a
   * state the workflow no longer has).
   */
  async function stepButtons(subject, path, record, owners, rom, after) {
    const wf = await workflow(subject, rom);
    const status = record.status;
    if (!wf.states.some(x => x.code === status)) {
      return h('span', { class: 'held', 'data-held': record.id, title: t('held.why', { workflow: wf.name }) }, t('held'),
        h('span', { class: 'visually-hidden' }, ': ' + t('held.why', { workflow: wf.name })));
    }
    const answered = code => wf.states.some(x => x.code === code && x.answered);
    const offered = wf.transitions.filter(tr => tr.from === status && mayWrite(owners) && (!tr.role || roles().includes(tr.role))
      && !(subject === 'input' && answered(tr.to) && !(record.answeredBy || []).length));
    return h('span', { class: 'steps' }, offered.map(tr => h('button', {
      type: 'button', class: 'step', 'data-transition': tr.code, 'data-id': record.id,
      'aria-label': stepLabel(wf, tr) + ' (' + t('subject.' + subject) + ' ' + record.id + ')',
      onclick: async e => {
        problem(null);
        let reason;
        if (tr.reasonRequired) { reason = await reasonFor(stepLabel(wf, tr)); if (reason === null) { return; } }
        e.target.disabled = true;
        try {
          await api('POST', path + '/' + record.id + '/transitions', { transition: tr.code, reason });
          notice(t('step.done', { step: stepLabel(wf, tr) }));
          await after();
        } catch (err) { problem(err); e.target.disabled = false; }
      }
    }, stepLabel(wf, tr))));
  }

  // ---- form pieces ------------------------------------------------------------------------------
  /** A form's submit: the last problem cleared, then the work; what fails is shown (and handed to failed, if given). */
  function onSubmit(form, work, failed) {
    form.addEventListener('submit', async e => {
      e.preventDefault();
      problem(null);
      try { await work(); } catch (err) { problem(err); if (failed) { failed(err); } }
    });
  }
  const filters = (...fields) => h('form', { class: 'filters', onsubmit: e => e.preventDefault() }, ...fields);
  const head = labels => h('thead', {}, h('tr', {}, labels.map(x => h('th', { scope: 'col' }, x))));
  const techOptions = ref => ref.techs.map(k => ({ value: k.code, label: k.code + ' ' + techName(ref, k.code) }));
  const chainOptions = chains => chains.map(c => ({ value: c.code, label: c.code + ' ' + c.name }));
  const romOptions = ref => ref.roms.map(r => ({ value: r.code, label: r.code }));
  /** The actions of these ids, read once each (those already known are not read again). */
  async function actionsById(ids, known) {
    const map = {};
    (known || []).forEach(a => { map[a.id] = a; });
    const missing = [...new Set(ids)].filter(id => !map[id]);
    (await Promise.all(missing.map(id => get('/actions/' + id).catch(() => null)))).filter(Boolean).forEach(a => { map[a.id] = a; });
    return map;
  }
  /** What became of an input: the actions answering it, each with its status and progress. */
  const fate = (ids, actions) => ids.length === 0 ? h('span', { class: 'muted' }, t('in.open')) : h('ul', { class: 'plain fate' }, ids.map(id => {
    const a = actions[id];
    if (!a) { return h('li', {}, h('a', { href: '#/actions/' + id }, '#' + id)); }
    const p = a.progress;
    return h('li', { 'data-answered-by': id }, h('a', { href: '#/actions/' + id }, a.title), ' ', badge(a.status, statusLabel(a.status)),
      p && p.percent !== null && p.percent !== undefined ? h('span', { class: 'muted' }, ' ' + p.percent + '%') : null);
  }));
  /** Download links of the report formats that render this kind of record (path: the record's, below /api). */
  function reportLinks(formats, kind, path, label) {
    return formats.items.filter(f => (f.kinds || []).map(k => String(k).toLowerCase()).includes(kind))
      .map(f => h('a', { class: 'button small', 'data-format': f.id, href: withQuery('/api' + path + '/report', { format: f.id }), download: '' }, label(f)));
  }
  function field(id, label, control, hint) {
    control.id = id;
    return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('small', { id: id + '-hint' }, hint) : null);
  }
  function select(options, value, blank) {
    return h('select', {}, blank !== undefined ? h('option', { value: '' }, blank) : null,
      options.map(o => h('option', { value: o.value, selected: o.value === value }, o.label)));
  }
  /** A text field with suggestions; Enter or a pick adds a tag; each tag is a button that removes it. */
  function tags(id, label, options, initial) {
    const chosen = [...(initial || [])];
    const list = h('datalist', { id: id + '-list' }, options.map(o => h('option', { value: o.value }, o.label)));
    const input = h('input', { type: 'text', list: id + '-list', autocomplete: 'off', 'aria-describedby': id + '-chips' });
    const chips = h('span', { class: 'chips', id: id + '-chips', 'aria-live': 'polite' });
    const find = v => options.find(o => o.value.toLowerCase() === v.toLowerCase() || o.label.toLowerCase() === v.toLowerCase()
      || (o.label.toLowerCase().startsWith(v.toLowerCase()) && v.length >= 3));
    function draw() {
      chips.replaceChildren(...chosen.map(v => h('button', {
        type: 'button', class: 'chip', 'aria-label': t('tag.remove', { tag: v }),
        onclick: () => { chosen.splice(chosen.indexOf(v), 1); draw(); input.focus(); }
      }, v, ' ×')));
    }
    function take() {
      const v = input.value.trim();
      if (!v) { return false; }
      const o = find(v);
      if (o && !chosen.includes(o.value)) { chosen.push(o.value); }
      input.value = '';
      draw();
      return true;
    }
    input.addEventListener('keydown', e => { if ((e.key === 'Enter' || e.key === ',') && !e.ctrlKey && input.value.trim()) { e.preventDefault(); take(); } });
    input.addEventListener('change', () => { if (find(input.value.trim())) { take(); } });
    draw();
    const wrap = field(id, label, input, t('tag.add'));
    wrap.append(list, chips);
    return { el: wrap, values: () => { take(); return [...chosen]; }, clear: () => { chosen.length = 0; draw(); } };
  }
  /** An organisation picked by typing its name. */
  function orgPicker(id, label, orgs, required) {
    const list = h('datalist', { id: id + '-list' }, orgs.map(o => h('option', { value: orgLabel(o) })));
    const input = h('input', { type: 'text', list: id + '-list', autocomplete: 'off', required: !!required });
    const wrap = field(id, label, input);
    wrap.append(list);
    return {
      el: wrap, input,
      value() {
        const v = input.value.trim();
        if (!v) { input.setCustomValidity(''); return null; }
        const o = orgs.find(x => orgLabel(x) === v) || orgs.find(x => x.name.toLowerCase() === v.toLowerCase())
          || (orgs.filter(x => x.name.toLowerCase().startsWith(v.toLowerCase())).length === 1 ? orgs.find(x => x.name.toLowerCase().startsWith(v.toLowerCase())) : null);
        input.setCustomValidity(o ? '' : t('org.unknown'));
        if (!o) { throw new ApiError(0, { detail: t('org.unknown'), field: label }); }
        return o.id;
      },
      clear() { input.value = ''; }
    };
  }

  // ---- names of states and steps ---------------------------------------------------------------
  /** A national status (actions, plans) in the page's language. */
  const statusLabel = code => t('status.' + code) !== 'status.' + code ? t('status.' + code) : code;
  /** A workflow's state: the national default's in the page's language, a plugin's as the plugin names it. */
  function stateLabel(wf, code) {
    // the national default's states in the page's language, also for a record held in one the ROM's workflow lacks
    const known = wf && wf.states.some(x => x.code === code);
    if ((!known || wf.plugin === 'core') && t('state.' + code) !== 'state.' + code) { return t('state.' + code); }
    return stateName(wf, code);
  }
  function stepLabel(wf, tr) {
    if (wf && wf.plugin === 'core' && t('step.' + tr.code) !== 'step.' + tr.code) { return t('step.' + tr.code); }
    return tr.name;
  }
  const badge = (code, text, extra) => h('span', { class: 'status st-' + code, 'data-status': code, ...(extra || {}) }, text);

  // ---- pictures: inline SVG, drawn from the numbers shown beside them as text --------------------
  const SVG = 'http://www.w3.org/2000/svg';
  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) { return; }
      if (k === 'text') { el.textContent = v; } else { el.setAttribute(k, v); }
    });
    children.flat(Infinity).forEach(c => { if (c !== null && c !== undefined && c !== false) { el.append(c instanceof Node ? c : String(c)); } });
    return el;
  }
  const pct = (part, whole) => whole > 0 ? Math.round(100 * part / whole) : 0;
  /** A picture's words for a screen reader: the same numbers as the picture. */
  const described = (svg, label) => { svg.setAttribute('role', 'img'); svg.setAttribute('aria-label', label); svg.prepend(s('title', { text: label })); return svg; };

  /** Shares of a whole as one stacked bar, with a legend that carries the numbers as text. */
  function stack(title, parts, format) {
    const total = parts.reduce((n, p) => n + p.value, 0);
    let x = 0;
    const svg = s('svg', { viewBox: '0 0 400 24', class: 'stack', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      s('rect', { x: 0, y: 0, width: 400, height: 24, class: 'track' }),
      parts.filter(p => p.value > 0).map(p => {
        const w = 400 * p.value / total;
        const r = s('rect', { x: x.toFixed(2), y: 0, width: w.toFixed(2), height: 24, class: 'seg ' + (p.cls || '') });
        x += w;
        return r;
      }));
    return h('figure', { class: 'chart' }, h('figcaption', {}, title),
      total === 0 ? h('p', { class: 'muted' }, t('none')) : svg,
      h('ul', { class: 'legend' }, parts.map(p => h('li', {}, h('span', { class: 'swatch ' + (p.cls || '') }), p.label + ': ',
        h('strong', {}, format ? format(p.value) : String(p.value)), total ? h('span', { class: 'muted' }, ' (' + pct(p.value, total) + '%)') : null))));
  }
  const byStatus = (title, items) => stack(title + ' (' + items.length + ')',
    Object.entries(count(items, i => i.status)).map(([k, v]) => ({ label: statusLabel(k), value: v, cls: 'st-' + k })));

  /** Horizontal bars, one per entry, the label above its bar and the value at its end; parts stack within a bar. */
  function barChart(title, entries, format) {
    const max = Math.max(1, ...entries.map(e => e.value));
    const row = 34;
    const svg = s('svg', { viewBox: '0 0 640 ' + (entries.length * row + 4), class: 'bars' },
      entries.map((e, i) => {
        const y = i * row;
        let x = 0;
        const parts = e.parts || [{ value: e.value, cls: e.cls || '' }];
        return s('g', {}, s('text', { x: 0, y: y + 13, class: 'label' }, e.label),
          s('text', { x: 640, y: y + 13, class: 'value', 'text-anchor': 'end' }, format ? format(e.value) : String(e.value)),
          s('rect', { x: 0, y: y + 18, width: 640, height: 10, class: 'track', rx: 2 }),
          parts.filter(p => p.value > 0).map(p => {
            const w = 640 * p.value / max;
            const r = s('rect', { x: x.toFixed(2), y: y + 18, width: w.toFixed(2), height: 10, class: 'seg ' + (p.cls || ''), rx: 2 });
            x += w;
            return r;
          }));
      }));
    described(svg, title + ': ' + entries.map(e => e.label + ' ' + (format ? format(e.value) : e.value)).join('; '));
    return h('figure', { class: 'chart wide' }, h('figcaption', {}, title), entries.length ? svg : h('p', { class: 'muted' }, t('none')));
  }

  /** A ring filled to a percentage, the number in its middle. */
  function ring(percent, label) {
    const r = 30;
    const c = 2 * Math.PI * r;
    const v = percent === null || percent === undefined ? null : Math.max(0, Math.min(100, percent));
    const svg = s('svg', { viewBox: '0 0 80 80', class: 'ring' },
      s('circle', { cx: 40, cy: 40, r, class: 'track' }),
      v === null ? null : s('circle', { cx: 40, cy: 40, r, class: 'fill', 'stroke-dasharray': (c * v / 100).toFixed(2) + ' ' + c.toFixed(2), transform: 'rotate(-90 40 40)' }),
      s('text', { x: 40, y: 46, 'text-anchor': 'middle', class: 'ring-value' }, v === null ? '–' : v + '%'));
    return described(svg, label + ': ' + (v === null ? t('results.noProgress') : v + '%'));
  }

  /** A small bar: how far a value is towards a target (progress, a KPI realised against its target). */
  function meter(value, max, cls, label) {
    const w = max > 0 && value !== null && value !== undefined ? Math.max(0, Math.min(1, value / max)) : 0;
    return described(s('svg', { viewBox: '0 0 100 8', class: 'meter', preserveAspectRatio: 'none' },
      s('rect', { x: 0, y: 0, width: 100, height: 8, class: 'track', rx: 2 }),
      w > 0 ? s('rect', { x: 0, y: 0, width: (100 * w).toFixed(2), height: 8, class: 'seg ' + (cls || ''), rx: 2 }) : null), label);
  }

  /** Realised against target over actions, as a plan overview or an agenda has them (Results). */
  function resultsCard(title, r) {
    const res = r || { actions: 0, withProgress: 0, averagePercent: null, done: 0, kpis: 0, kpisMeasured: 0, kpisMet: 0 };
    return h('figure', { class: 'chart results', 'data-results': '' }, h('figcaption', {}, title),
      h('div', { class: 'results-row' }, ring(res.averagePercent, t('results.average')),
        h('ul', { class: 'plain' },
          h('li', {}, t('results.average') + ': ', h('strong', { 'data-average': '' }, res.averagePercent === null ? '–' : res.averagePercent + '%'),
            h('span', { class: 'muted' }, ' ' + t('results.withProgress', { n: res.withProgress, of: res.actions }))),
          h('li', {}, t('results.done') + ': ', h('strong', {}, res.done + ' / ' + res.actions)),
          h('li', {}, t('results.kpisMet') + ': ', h('strong', { 'data-kpis-met': '' }, res.kpisMet + ' / ' + res.kpis),
            h('span', { class: 'muted' }, ' ' + t('results.measured', { n: res.kpisMeasured }))))),
      res.kpis ? stack(t('kpis'), [
        { label: t('results.met'), value: res.kpisMet, cls: 'kpi-met' },
        { label: t('results.notYet'), value: res.kpisMeasured - res.kpisMet, cls: 'kpi-open' },
        { label: t('results.unmeasured'), value: res.kpis - res.kpisMeasured, cls: 'kpi-none' }]) : null);
  }
  /** The same measures over actions as read (for a selection no agenda or plan overview covers). */
  function resultsOf(actions) {
    let withProgress = 0, sum = 0, done = 0, kpis = 0, measured = 0, met = 0;
    actions.forEach(a => {
      if (a.progress && a.progress.percent !== null && a.progress.percent !== undefined) { withProgress++; sum += a.progress.percent; }
      if (a.status === 'DONE') { done++; }
      (a.kpis || []).forEach(k => { kpis++; if (k.realised !== null && k.realised !== undefined) { measured++; } if (k.met === true) { met++; } });
    });
    return { actions: actions.length, withProgress, averagePercent: withProgress ? Math.round(sum / withProgress) : null, done, kpis, kpisMeasured: measured, kpisMet: met };
  }
  const count = (items, key) => { const m = {}; items.forEach(i => { const k = key(i); m[k] = (m[k] || 0) + 1; }); return m; };

  // ---- screens ---------------------------------------------------------------------------------
  async function loginScreen() {
    const user = h('input', { type: 'text', autocomplete: 'username', required: true });
    const pw = h('input', { type: 'password', autocomplete: 'current-password', required: true });
    const form = h('form', { class: 'login', id: 'login-form' }, h('p', {}, t('login.intro')),
      field('login-user', t('login.user'), user), field('login-password', t('login.password'), pw),
      h('button', { type: 'submit', id: 'login-submit' }, t('login.submit')));
    onSubmit(form, async () => {
      state.session = await api('POST', '/session', { user: user.value, password: pw.value });
      pw.value = '';
      notice('');
      idle.restart();
      chrome();
      const back = state.returnTo;
      state.returnTo = null;
      location.hash = back || '#/';
    }, () => pw.select());
    show(t('login.title'), form);
    user.focus();
  }

  async function overviewScreen(params) {
    const ref = await reference();
    const tech = params.get('technology') || '';
    const chain = params.get('valueChain') || '';
    const picked = { technology: tech, valueChain: chain };
    const [plans, actions, agendas] = await Promise.all([all('/plans', picked), all('/actions', picked), get('/agendas')]);
    const techSel = select(techOptions(ref), tech, t('all'));
    const chainSel = select(chainOptions(ref.chains), chain, t('all'));
    const filter = () => { location.hash = withQuery('#/', { technology: techSel.value, valueChain: chainSel.value }); };
    techSel.addEventListener('change', filter);
    chainSel.addEventListener('change', filter);

    const bySource = {};
    let pub = 0, priv = 0;
    actions.forEach(a => {
      const b = a.budget || {};
      const src = b.fundingSource || t('overview.noSource');
      bySource[src] = (bySource[src] || 0) + Number(b.total || 0);
      pub += Number(b.publicFunding || 0);
      priv += Number(b.privateFunding || 0);
    });

    // the grid: ROMs down, value chains across; a cell counts the plans and actions a ROM owns there
    const planChain = {};
    plans.forEach(p => { planChain[p.id] = p.valueChain; });
    const cells = {};
    const cell = (rom, vc) => { const k = rom + '|' + vc; cells[k] = cells[k] || { p: 0, a: 0 }; return cells[k]; };
    plans.forEach(p => p.roms.forEach(r => cell(r, p.valueChain).p++));
    if (actions.some(a => !(a.plan in planChain))) { (await all('/plans')).forEach(p => { planChain[p.id] = p.valueChain; }); }
    actions.forEach(a => (a.roms || []).forEach(r => { if (planChain[a.plan]) { cell(r, planChain[a.plan]).a++; } }));
    const shownChains = ref.chains.filter(c => !chain || c.code === chain);
    const maxCell = Math.max(1, ...Object.values(cells).map(c => c.p + c.a));
    const grid = h('table', { class: 'grid', id: 'ov-grid' }, h('caption', {}, t('overview.grid.caption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('rom')), shownChains.map(c => h('th', { scope: 'col' }, h('a', { href: '#/chains/' + c.code, title: c.name }, c.code))))),
      h('tbody', {}, ref.roms.map(r => h('tr', {}, h('th', { scope: 'row', title: r.name }, r.code), shownChains.map(c => {
        const v = cells[r.code + '|' + c.code];
        const n = v ? v.p + v.a : 0;
        return h('td', { class: 'heat heat-' + Math.min(4, Math.ceil(4 * n / maxCell)), title: r.code + ' × ' + c.name, 'data-cell': r.code + '|' + c.code },
          n ? h('a', { href: withQuery('#/plans', { rom: r.code, valueChain: c.code }), 'aria-label': r.code + ' × ' + c.code + ': ' + t('overview.cell', { p: v.p, a: v.a }) },
            v.p + ' / ' + v.a) : '');
      })))));

    // per key technology: its agenda's actions, budget (public and private) and results, as a table of small pictures
    const perTech = agendas.items.filter(a => !tech || a.technology.code === tech);
    const maxActions = Math.max(1, ...perTech.map(a => a.totals.actions));
    const maxBudget = Math.max(1, ...perTech.map(a => Number(a.totals.budget || 0)));
    const techTable = h('table', { class: 'per-tech', id: 'ov-tech' }, h('caption', {}, t('overview.perTechnology.caption')),
      head([t('technology'), t('actions'), t('budget'), t('results.average'), t('results.kpisMet')]),
      h('tbody', {}, perTech.map(a => {
        const r = a.results || resultsOf([]);
        const budget = Number(a.totals.budget || 0);
        return h('tr', { 'data-technology': a.technology.code },
          h('th', { scope: 'row' }, h('a', { href: withQuery('#/', { technology: a.technology.code }) }, a.technology.code), ' ' + techName(ref, a.technology.code)),
          h('td', {}, h('span', { class: 'num' }, String(a.totals.actions)), meter(a.totals.actions, maxActions, '', a.totals.actions + ' ' + t('actions'))),
          h('td', {}, h('span', { class: 'num' }, euro(budget)), meter(budget, maxBudget, '', euro(budget)),
            budget ? h('div', { class: 'muted' }, t('overview.public') + ' ' + euro(a.totals.publicFunding) + ' · ' + t('overview.private') + ' ' + euro(a.totals.privateFunding)) : null),
          h('td', {}, h('span', { class: 'num' }, r.averagePercent === null ? '–' : r.averagePercent + '%'), meter(r.averagePercent, 100, 'st-RUNNING', t('results.average') + ' ' + (r.averagePercent === null ? '–' : r.averagePercent + '%'))),
          h('td', {}, r.kpisMet + ' / ' + r.kpis, r.kpisMeasured ? h('div', { class: 'muted' }, t('results.measured', { n: r.kpisMeasured })) : null));
      })));

    const scope = [tech ? tech + ' ' + techName(ref, tech) : null, chain ? chain + ' ' + chainName(ref, chain) : null].filter(Boolean).join(' · ') || t('overview.national');
    show(t('overview.title'),
      filters(field('ov-tech', t('technology'), techSel), field('ov-chain', t('valueChain'), chainSel)),
      h('p', { class: 'scope' }, scope),
      h('div', { class: 'cards' },
        byStatus(t('overview.plansByStatus'), plans),
        byStatus(t('overview.actionsByStatus'), actions),
        resultsCard(t('results.title'), resultsOf(actions)),
        stack(t('overview.publicPrivate'), [{ label: t('overview.public'), value: pub, cls: 'pub' }, { label: t('overview.private'), value: priv, cls: 'priv' }], euro)),
      barChart(t('overview.budgetBySource'), Object.entries(bySource).sort((a, b) => b[1] - a[1]).map(([k, v]) => ({ label: k, value: v })), euro),
      h('h2', {}, t('overview.grid')), h('p', { class: 'muted' }, t('overview.grid.help')), h('div', { class: 'scroll' }, grid),
      h('h2', {}, t('overview.perTechnology')), h('div', { class: 'scroll' }, techTable));
  }

  async function chainsScreen(code) {
    const ref = await reference();
    const pick = h('nav', { 'aria-label': t('chain.pick'), class: 'picklist' }, h('ul', {}, ref.chains.map(c =>
      h('li', {}, h('a', { href: '#/chains/' + c.code, 'aria-current': c.code === code ? 'page' : null }, c.code + ' ' + c.name)))));
    if (!code) { show(t('valueChains'), pick); return; }
    const [vc, resilience, orgs] = await Promise.all([get('/value-chains/' + encodeURIComponent(code)), get('/value-chains/' + encodeURIComponent(code) + '/resilience'),
      all('/organisations', { valueChain: code, sort: 'name' })]);
    const chain = h('ol', { class: 'chain', 'aria-label': t('chain.segments'), tabindex: 0 }, resilience.segments.map(s => {
      const inSeg = orgs.filter(o => (o.segments || []).some(r => r.valueChain === code && r.segment === s.segment));
      const gap = s.noDutchOrganisation;
      return h('li', { class: 'segment' + (gap ? ' gap' : ''), 'data-segment': s.segment },
        h('h3', {}, s.name), gap ? h('p', { class: 'gap-label' }, '⚠ ' + t('chain.gap')) : null,
        h('p', { class: 'counts' }, s.inRegion + ' ' + t('chain.inRegion') + ' · ' + s.netherlands + ' ' + t('chain.nl') + ' · ' + s.eu + ' ' + t('chain.eu') + ' · ' + s.outsideEu + ' ' + t('chain.outside')),
        inSeg.length ? h('ul', { class: 'orgs' }, inSeg.map(o => h('li', {}, o.name, h('span', { class: 'muted' }, ' ' + [o.city, o.country].filter(Boolean).join(', '))))) : h('p', { class: 'muted' }, t('chain.noOrgs')));
    }));
    show(vc.code + ' ' + vc.name,
      h('p', {}, vc.description || ''),
      h('p', {}, t('technologies') + ': ' + vc.technologies.map(k => k + ' ' + techName(ref, k)).join(', ') + ' · ' + t('roms') + ': ' + vc.roms.join(', ')),
      h('h2', {}, t('chain.segments')), chain,
      h('h2', {}, t('chain.gaps')), resilience.gaps.length ? h('ul', {}, resilience.gaps.map(g => h('li', {}, (resilience.segments.find(s => s.segment === g) || { name: g }).name))) : h('p', {}, t('chain.noGaps')),
      h('details', {}, h('summary', {}, t('valueChains')), pick));
  }

  async function workshopsScreen() {
    const ref = await reference();
    const list = await get('/workshops', { size: 100 });
    const table = h('table', {}, head([t('date'), t('title'), t('rom'), t('place')]),
      h('tbody', {}, list.items.map(w => h('tr', {}, h('td', {}, day(w.date)), h('td', {}, h('a', { href: '#/workshops/' + w.id }, w.title)), h('td', {}, w.rom), h('td', {}, w.place || '')))));
    show(t('ws.title'), myRoms().length ? h('p', {}, h('a', { class: 'button', href: '#/workshops/new', id: 'ws-new' }, t('ws.new'))) : null,
      list.items.length ? table : h('p', {}, t('none')));
    void ref;
  }

  const LEGAL_BASES = ['CONSENT', 'PUBLIC_TASK', 'CONTRACT', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS', 'LEGITIMATE_INTERESTS'];
  async function newWorkshopScreen() {
    const ref = await reference();
    const orgs = await organisations();
    const title = h('input', { type: 'text', required: true });
    const date = h('input', { type: 'date', required: true, value: new Date().toISOString().substring(0, 10) });
    const place = h('input', { type: 'text' });
    const rom = select(myRoms().map(r => ({ value: r, label: r })), myRoms()[0]);
    const techs = tags('ws-tech', t('technologies'), techOptions(ref));
    const chains = tags('ws-chain', t('valueChains'), chainOptions(ref.chains));
    const rows = h('div', { class: 'participants' });
    const people = [];
    function addRow() {
      const n = people.length + 1;
      const name = h('input', { type: 'text' });
      const role = h('input', { type: 'text' });
      const email = h('input', { type: 'email' });
      // the AVG: an address is kept on a stated basis only; the server refuses one without
      const basis = select(LEGAL_BASES.map(b => ({ value: b, label: t('basis.' + b) })), '', t('basis.none'));
      const org = orgPicker('ws-p' + n + '-org', t('organisation'), orgs);
      people.push({ name, role, email, basis, org });
      rows.append(h('fieldset', { class: 'row' }, h('legend', {}, t('ws.participant') + ' ' + n),
        field('ws-p' + n + '-name', t('ws.name'), name), field('ws-p' + n + '-role', t('ws.role'), role), org.el, field('ws-p' + n + '-email', t('ws.email'), email),
        field('ws-p' + n + '-basis', t('ws.emailBasis'), basis)));
      return name;
    }
    addRow();
    const form = h('form', { id: 'ws-form', class: 'stack' },
      field('ws-title', t('title'), title), field('ws-date', t('date'), date), field('ws-place', t('place'), place), field('ws-rom', t('rom'), rom),
      techs.el, chains.el, h('h2', {}, t('ws.participants')), rows,
      h('p', {}, h('button', { type: 'button', id: 'ws-add-participant', onclick: () => addRow().focus() }, t('ws.addParticipant'))),
      h('button', { type: 'submit', id: 'ws-save' }, t('save')));
    onSubmit(form, async () => {
      const participants = people.filter(p => p.name.value.trim()).map(p => ({ name: p.name.value.trim(), role: p.role.value.trim() || null, email: p.email.value.trim() || null,
        emailBasis: p.email.value.trim() ? (p.basis.value || null) : null, organisation: p.org.value() }));
      const body = { title: title.value.trim(), date: date.value, place: place.value.trim() || null, rom: rom.value, technologies: techs.values(), valueChains: chains.values(),
        participants, organisations: [...new Set(participants.map(p => p.organisation).filter(Boolean))] };
      const saved = await api('POST', '/workshops', body);
      notice(t('ws.saved'));
      location.hash = '#/workshops/' + saved.id;
    });
    show(t('ws.new'), form);
    title.focus();
  }

  // ---- inputs from a spreadsheet: rows pasted from Excel or LibreOffice (tabs) or a CSV file -----------------
  /** Rows of delimited text; quoted fields may hold the delimiter, quotes (doubled) and line breaks. */
  function parseRows(text) {
    const first = text.split(/\r?\n/, 1)[0];
    const delimiter = first.includes('\t') ? '\t' : (first.split(';').length > first.split(',').length ? ';' : ',');
    const rows = [];
    let row = [], cell = '', quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') { quoted = false; } else { cell += c; }
      } else if (c === '"' && cell === '') { quoted = true; }
      else if (c === delimiter) { row.push(cell); cell = ''; }
      else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') { i++; }
        row.push(cell); rows.push(row); row = []; cell = '';
      } else { cell += c; }
    }
    if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
    return rows.filter(r => r.some(x => x.trim() !== ''));
  }
  const COLUMNS = {
    organisation: ['organisation', 'organization', 'organisatie', 'org', 'bedrijf'],
    kind: ['kind', 'soort', 'type'],
    theme: ['theme', 'thema'],
    technologies: ['technologies', 'technology', 'technologie', 'technologieën', 'sleuteltechnologie', 'sleuteltechnologieën'],
    valueChain: ['value chain', 'valuechain', 'waardeketen', 'keten'],
    text: ['text', 'tekst', 'input', 'inbreng', 'remark', 'opmerking']
  };
  /** What each row of a sheet would record, or what is wrong with it (naming the column), before anything is sent. */
  function readSheet(text, ref, orgs, workshop) {
    const rows = parseRows(text);
    if (!rows.length) { return { rows: [], header: null }; }
    const norm = x => x.trim().toLowerCase();
    const named = rows[0].map(norm).map(hd => Object.keys(COLUMNS).find(k => COLUMNS[k].includes(hd)) || null);
    const header = named.some(Boolean);
    const order = header ? named : ['organisation', 'kind', 'theme', 'technologies', 'text'];
    const kinds = ['CHALLENGE', 'OPPORTUNITY', 'PROPOSAL', 'RISK'];
    const byName = (list, v, ...names) => list.find(x => names.some(n => x[n] && norm(x[n]) === norm(v)));
    return {
      header,
      rows: (header ? rows.slice(1) : rows).map((cells, n) => {
        const get = k => { const i = order.indexOf(k); return i >= 0 && i < cells.length ? cells[i].trim() : ''; };
        const wrong = [];
        const orgText = get('organisation');
        let organisation = null;
        if (orgText) {
          const starts = orgs.filter(o => norm(o.name).startsWith(norm(orgText)));
          const o = byName(orgs, orgText, 'name') || (starts.length === 1 ? starts[0] : null);
          if (o) { organisation = o; } else { wrong.push(t('sheet.noOrg', { v: orgText })); }
        }
        const kindText = get('kind');
        const kind = !kindText ? 'CHALLENGE' : kinds.find(k => norm(k) === norm(kindText) || norm(TEXT.nl['kind.' + k]) === norm(kindText) || norm(TEXT.en['kind.' + k]) === norm(kindText));
        if (!kind) { wrong.push(t('sheet.noKind', { v: kindText })); }
        const themeText = get('theme');
        const theme = themeText ? byName(ref.themes, themeText, 'code', 'name') : null;
        if (!theme) { wrong.push(themeText ? t('sheet.noTheme', { v: themeText }) : t('sheet.needTheme')); }
        const techs = get('technologies').split(/[,;|]/).map(x => x.trim()).filter(Boolean).map(v => {
          const k = byName(ref.techs, v, 'code', 'nameNl', 'nameEn') || ref.techs.find(x => norm(v).startsWith(norm(x.code) + ' '));
          if (!k) { wrong.push(t('sheet.noTech', { v })); }
          return k && k.code;
        }).filter(Boolean);
        const chainText = get('valueChain');
        const chain = chainText ? byName(ref.chains, chainText, 'code', 'name') : null;
        if (chainText && !chain) { wrong.push(t('sheet.noChain', { v: chainText })); }
        const text = get('text');
        if (!text) { wrong.push(t('sheet.needText')); }
        return { line: n + (header ? 2 : 1), wrong, organisation,
          body: { workshop: workshop.id, organisation: organisation ? organisation.id : null, kind, theme: theme ? theme.code : null, technologies: [...new Set(techs)],
            valueChain: chain ? chain.code : (workshop.valueChains[0] || null), text } };
      })
    };
  }
  function sheetImport(ref, orgs, w, after) {
    const paste = h('textarea', { rows: 5, spellcheck: 'false', 'aria-describedby': 'sh-help' });
    const file = h('input', { type: 'file', accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain' });
    const preview = h('div', { id: 'sh-preview', 'aria-live': 'polite' });
    let sheet = { rows: [] };
    const draw = () => {
      sheet = readSheet(paste.value, ref, orgs, w);
      if (!sheet.rows.length) { preview.replaceChildren(); return; }
      const bad = sheet.rows.filter(r => r.wrong.length);
      const go = h('button', { type: 'button', id: 'sh-import', disabled: bad.length > 0, onclick: async () => {
        go.disabled = true;
        problem(null);
        let done = 0;
        for (const r of sheet.rows) {
          try { await api('POST', '/inputs', r.body); done++; } catch (err) {
            problem(err);
            notice(t('sheet.partly', { done, line: r.line, total: sheet.rows.length }));
            await after();
            return;
          }
        }
        notice(t('sheet.done', { n: done }));
        await after();
      } }, t('sheet.import', { n: sheet.rows.length }));
      preview.replaceChildren(
        h('table', { id: 'sh-rows' }, h('caption', {}, bad.length ? t('sheet.fix', { n: bad.length }) : t('sheet.ready', { n: sheet.rows.length })),
          head([t('sheet.line'), t('organisation'), t('kind'), t('theme'), t('technologies'), t('text'), t('sheet.check')]),
          h('tbody', {}, sheet.rows.map(r => h('tr', { 'data-line': r.line, class: r.wrong.length ? 'wrong' : null },
            h('td', {}, String(r.line)), h('td', {}, r.organisation ? r.organisation.name : '–'), h('td', {}, r.body.kind ? t('kind.' + r.body.kind) : '?'),
            h('td', {}, r.body.theme ? themeName(ref, r.body.theme) : '?'), h('td', {}, r.body.technologies.join(', ')), h('td', {}, r.body.text),
            h('td', {}, r.wrong.length ? h('span', { class: 'held' }, r.wrong.join('; ')) : '✓'))))),
        go);
    };
    paste.addEventListener('input', draw);
    file.addEventListener('change', () => {
      const f = file.files[0];
      if (!f) { return; }
      if (f.size > 1024 * 1024) { problem(new ApiError(0, { detail: t('sheet.tooLarge') })); return; }
      f.text().then(text => { paste.value = text; draw(); });
    });
    return h('details', { class: 'capture-sheet', id: 'sh' }, h('summary', {}, t('sheet.title')),
      h('p', { class: 'muted', id: 'sh-help' }, t('sheet.help')),
      field('sh-paste', t('sheet.paste'), paste), field('sh-file', t('sheet.file'), file), preview);
  }

  async function workshopScreen(id) {
    const ref = await reference();
    const orgs = await organisations();
    const [w, inputs, formats] = await Promise.all([get('/workshops/' + id), all('/inputs', { workshop: id }), get('/reports')]);
    const editable = mayWrite([w.rom].concat(w.coOrganisers || []));
    const wf = await workflow('input', w.rom);
    const answering = await actionsById(inputs.flatMap(i => i.answeredBy));
    const inputRows = await Promise.all(inputs.map(async i => h('tr', { 'data-input': i.id },
      h('td', {}, '#' + i.id), h('td', {}, t('kind.' + i.kind)), h('td', {}, i.organisation ? orgName(i.organisation) : ''), h('td', {}, i.text),
      h('td', {}, (i.technologies || []).join(', ') + (i.theme ? ' · ' + themeName(ref, i.theme) : '')),
      h('td', {}, badge(i.status, stateLabel(wf, i.status))),
      h('td', {}, fate(i.answeredBy, answering)),
      h('td', {}, await stepButtons('input', '/inputs', i, [i.rom], i.rom, () => workshopScreen(id)),
        editable && i.answeredBy.length === 0 ? h('a', { class: 'button small', href: withQuery('#/actions/new', { input: i.id }), 'data-answer': i.id }, t('in.answer')) : null))));
    const table = h('table', { id: 'ws-inputs' }, h('caption', {}, t('ws.inputs')),
      head(['#', t('kind'), t('organisation'), t('text'), t('technologies'), t('status'), t('in.fate'), t('steps')]),
      h('tbody', {}, inputRows));
    let capture = null;
    if (editable) {
      const org = orgPicker('in-org', t('organisation'), orgs);
      // kind, theme and value chain stay as they were for the next input: a round table dwells on one theme
      const kind = select(['CHALLENGE', 'OPPORTUNITY', 'PROPOSAL', 'RISK'].map(k => ({ value: k, label: t('kind.' + k) })), lastCapture.kind || 'CHALLENGE');
      const theme = select(ref.themes.map(x => ({ value: x.code, label: x.name })), lastCapture.theme || '', '—');
      theme.required = true;
      const techs = tags('in-tech', t('technologies'), techOptions(ref));
      const chain = select(chainOptions(ref.chains.filter(c => !w.valueChains.length || w.valueChains.includes(c.code))), lastCapture.chain || w.valueChains[0] || '', '—');
      const text = h('textarea', { rows: 3, required: true });
      capture = h('form', { id: 'in-form', class: 'capture' }, h('h2', {}, t('ws.capture')), h('p', { class: 'muted' }, t('ws.captureHelp')),
        org.el, field('in-kind', t('kind'), kind), field('in-theme', t('theme'), theme), techs.el, field('in-chain', t('valueChain'), chain), field('in-text', t('text'), text),
        h('button', { type: 'submit', id: 'in-add' }, t('add')));
      onSubmit(capture, async () => {
        await api('POST', '/inputs', { workshop: Number(id), organisation: org.value(), kind: kind.value, theme: theme.value || null, technologies: techs.values(), valueChain: chain.value || null, text: text.value.trim() });
        notice(t('ws.added'));
        lastCapture = { kind: kind.value, theme: theme.value, chain: chain.value };
        await workshopScreen(id);
        document.querySelector('#in-org').focus();
      });
      text.addEventListener('keydown', e => { if (e.key === 'Enter' && e.ctrlKey) { e.preventDefault(); capture.requestSubmit(); } });
    }
    const reports = reportLinks(formats, 'workshop', '/workshops/' + id, f => f.name);
    show(w.title,
      h('p', {}, day(w.date) + (w.place ? ' · ' + w.place : '') + ' · ' + w.rom + (w.coOrganisers.length ? ' + ' + w.coOrganisers.join(', ') : '')),
      h('p', {}, t('technologies') + ': ' + (w.technologies.join(', ') || '—') + ' · ' + t('valueChains') + ': ' + (w.valueChains.join(', ') || '—')),
      h('details', {}, h('summary', {}, t('ws.participants') + ' (' + w.participants.length + ')'),
        h('ul', {}, w.participants.map(p => h('li', {}, p.name + (p.role ? ', ' + p.role : '') + (p.organisation ? ' (' + orgName(p.organisation) + ')' : '')
          + (p.email ? ' · ' + p.email + (p.emailBasis ? ' (' + t('basis.' + p.emailBasis) + ')' : '') : ''))))),
      reports.length ? h('p', {}, t('ws.report') + ': ', reports) : null,
      capture, editable ? sheetImport(ref, orgs, w, () => workshopScreen(id)) : null, table);
  }

  async function inputsScreen(params) {
    const ref = await reference();
    await organisations();
    const rom = params.get('rom') || (myRoms()[0] || '');
    const status = params.get('status') || '';
    const romSel = select(romOptions(ref), rom, t('all'));
    const wfList = rom ? await workflow('input', rom) : null;
    const statusSel = select(wfList ? wfList.states.map(x => ({ value: x.code, label: stateLabel(wfList, x.code) })) : [], status, t('all'));
    const go = () => { location.hash = withQuery('#/inputs', { rom: romSel.value, status: statusSel.value }); };
    romSel.addEventListener('change', () => { statusSel.value = ''; go(); });
    statusSel.addEventListener('change', go);
    // newest first: what came in lately, from a workshop or the public page, on top
    const [page, workshops, held] = await Promise.all([get('/inputs', { size: 200, rom, status, sort: '-createdAt' }), all('/workshops', { rom }),
      operator() || roles().some(r => r.startsWith('rom-admin:')) ? get('/workflows/attention') : Promise.resolve({ items: [] })]);
    const items = page.items;
    const answering = await actionsById(items.flatMap(i => i.answeredBy), rom ? await all('/actions', { rom }) : []);
    const workshopTitle = id => { const w = workshops.find(x => x.id === id); return w ? w.title : '#' + id; };
    const rows = await Promise.all(items.map(async i => {
      const wf = await workflow('input', i.rom);
      const left = i.submission;
      return h('tr', { 'data-input': i.id }, h('td', {}, '#' + i.id), h('td', {}, i.rom),
        h('td', {}, i.workshop ? h('a', { href: '#/workshops/' + i.workshop }, workshopTitle(i.workshop)) : h('span', { class: 'status public', 'data-public': i.id }, t('in.publicPage'))),
        h('td', {}, i.organisation ? orgName(i.organisation) : '', left && !i.organisation ? h('span', { title: t('in.asTyped') }, left.organisation + ' ', h('span', { class: 'muted' }, '(' + t('in.asTyped') + ')')) : null,
          left && (left.contactName || left.contactEmail) ? h('div', { class: 'contact' }, left.contactName || '', ' ',
            left.contactEmail ? h('a', { href: 'mailto:' + left.contactEmail }, left.contactEmail) : null) : null),
        h('td', {}, i.text), h('td', {}, badge(i.status, stateLabel(wf, i.status))),
        h('td', {}, fate(i.answeredBy, answering)),
        h('td', {}, await stepButtons('input', '/inputs', i, [i.rom], i.rom, () => inputsScreen(params)),
          mayWrite([i.rom]) && !i.answeredBy.length ? h('a', { class: 'button small', href: withQuery('#/actions/new', { input: i.id }), 'data-answer': i.id }, t('in.answer')) : null));
    }));
    // inputs held in a state their ROM's workflow no longer has: shown to those who move them (operators, the ROM's admins)
    const heldInputs = held.items.filter(x => x.subject === 'input' && (!rom || x.rom === rom) && (operator() || roles().includes('rom-admin:' + x.rom)));
    const attention = heldInputs.length ? h('section', { class: 'attention', id: 'in-attention', 'aria-labelledby': 'in-attention-title' },
      h('h2', { id: 'in-attention-title' }, t('in.attention', { n: heldInputs.length })), h('p', { class: 'muted' }, t('in.attentionHelp')),
      h('ul', { class: 'plain' }, heldInputs.map(x => {
        const to = select(x.states.map(code => ({ value: code, label: code })), x.states[0]);
        const form = h('form', { class: 'inline move', 'data-move': x.id },
          h('span', {}, '#' + x.id + ' ' + x.rom + ': ' + t('in.heldIn', { state: x.state, workflow: x.workflow }) + ' '),
          field('mv-' + x.id, t('in.moveTo'), to), h('button', { type: 'submit' }, t('in.move')));
        onSubmit(form, async () => {
          await api('POST', '/inputs/' + x.id + '/move', { state: to.value, reason: t('in.moveReason') });
          notice(t('in.moved', { id: x.id, state: to.value }));
          await inputsScreen(params);
        });
        return h('li', {}, form);
      }))) : null;
    // where the ROM's people send entrepreneurs between workshops
    const publicLink = rom && mayWrite([rom]) ? h('p', { class: 'muted', id: 'in-public-link' }, t('in.publicLink', { rom }) + ' ',
      h('a', { href: '#/public/' + rom }, location.origin + '/#/public/' + rom)) : null;
    show(t('in.title'), filters(field('in-f-rom', t('rom'), romSel), field('in-f-status', t('status'), statusSel)), publicLink, attention,
      h('p', { class: 'muted' }, t('in.count', { n: items.length, total: page.total })),
      items.length ? h('div', { class: 'scroll' }, h('table', { id: 'in-table' }, head(['#', t('rom'), 'Workshop', t('organisation'), t('text'), t('status'), t('in.fate'), t('steps')]), h('tbody', {}, rows))) : h('p', {}, t('none')));
  }

  async function plansScreen(params) {
    const ref = await reference();
    const rom = params.get('rom') || '';
    const chain = params.get('valueChain') || '';
    const romSel = select(romOptions(ref), rom, t('all'));
    const chainSel = select(chainOptions(ref.chains), chain, t('all'));
    const go = () => { location.hash = withQuery('#/plans', { rom: romSel.value, valueChain: chainSel.value }); };
    romSel.addEventListener('change', go);
    chainSel.addEventListener('change', go);
    const plans = await all('/plans', { rom, valueChain: chain });
    show(t('plan.title'), filters(field('pl-f-rom', t('rom'), romSel), field('pl-f-chain', t('valueChain'), chainSel)),
      plans.length ? h('table', { id: 'pl-table' }, head([t('title'), t('valueChain'), t('roms'), t('period'), t('status')]),
        h('tbody', {}, plans.map(p => h('tr', { 'data-plan': p.id }, h('td', {}, h('a', { href: '#/plans/' + p.id }, p.title)), h('td', {}, p.valueChain + ' ' + chainName(ref, p.valueChain)),
          h('td', {}, p.roms.join(', ')), h('td', {}, day(p.periodStart) + ' – ' + day(p.periodEnd)), h('td', {}, badge(p.status, statusLabel(p.status))))))) : h('p', {}, t('none')));
  }

  /** The plan's actions on one time axis: years marked, today drawn, each bar filled as far as its progress. */
  function gantt(p, actions) {
    const time = d => new Date(d + 'T00:00:00').getTime();
    const starts = actions.map(a => a.start).filter(Boolean).concat(p.periodStart ? [p.periodStart] : []);
    const ends = actions.map(a => a.end).filter(Boolean).concat(p.periodEnd ? [p.periodEnd] : []);
    if (!starts.length || !ends.length) { return null; }
    const from = Math.min(...starts.map(time));
    const to = Math.max(...ends.map(time));
    const span = Math.max(1, to - from);
    const left = 260, width = 640 - left, row = 26, top = 22;
    const x = ms => left + width * (ms - from) / span;
    const years = [];
    for (let y = new Date(from).getFullYear() + 1; y <= new Date(to).getFullYear(); y++) { years.push(y); }
    const today = Date.now();
    const svg = s('svg', { viewBox: '0 0 640 ' + (top + actions.length * row + 4), class: 'gantt', id: 'plan-gantt' },
      years.map(y => { const xx = x(new Date(y, 0, 1).getTime()); return s('g', {}, s('line', { x1: xx, x2: xx, y1: 14, y2: top + actions.length * row, class: 'tick' }), s('text', { x: xx + 2, y: 12, class: 'axis' }, String(y))); }),
      actions.map((a, i) => {
        const y = top + i * row;
        const st = a.start ? time(a.start) : from;
        const en = a.end ? time(a.end) : to;
        const w = Math.max(2, x(en) - x(st));
        const percent = a.progress && a.progress.percent !== null && a.progress.percent !== undefined ? a.progress.percent : null;
        const label = a.title.length > 38 ? a.title.substring(0, 37) + '…' : a.title;
        return s('g', { 'data-action': a.id }, s('text', { x: 0, y: y + 14, class: 'label' }, label),
          s('rect', { x: x(st).toFixed(1), y: y + 4, width: w.toFixed(1), height: 14, rx: 3, class: 'span st-' + a.status }),
          percent !== null ? s('rect', { x: x(st).toFixed(1), y: y + 4, width: (w * percent / 100).toFixed(1), height: 14, rx: 3, class: 'done' }) : null);
      }),
      today >= from && today <= to ? s('g', {}, s('line', { x1: x(today), x2: x(today), y1: 14, y2: top + actions.length * row, class: 'today' }),
        s('text', { x: x(today) + 3, y: top + actions.length * row, class: 'axis today-label' }, t('today'))) : null);
    return h('figure', { class: 'chart wide' }, h('figcaption', {}, t('timeline')),
      described(svg, t('timeline') + ': ' + actions.map(a => a.title + ' ' + day(a.start) + ' – ' + day(a.end)).join('; ')),
      h('p', { class: 'muted' }, t('plan.ganttHelp')));
  }

  /** One KPI: realised against target, and whether it is met. */
  function kpiRow(k) {
    const measured = k.realised !== null && k.realised !== undefined;
    const base = Number(k.baseline || 0);
    const target = k.target === null || k.target === undefined ? null : Number(k.target);
    const towards = measured && target !== null && target !== base ? (Number(k.realised) - base) / (target - base) : 0;
    const met = k.met === true ? h('span', { class: 'met yes' }, '✓ ' + t('results.met')) : k.met === false ? h('span', { class: 'met no' }, t('results.notYet')) : h('span', { class: 'muted' }, t('results.unmeasured'));
    return h('tr', { 'data-kpi': k.indicator },
      h('td', {}, k.indicator), h('td', { class: 'num' }, (k.baseline ?? '–') + ''), h('td', { class: 'num' }, (k.target ?? '–') + ' ' + (k.unit || '') + (k.year ? ' (' + k.year + ')' : '')),
      h('td', { class: 'num' }, measured ? h('span', { 'data-realised': '' }, String(k.realised)) : '–', measured && k.realisedOn ? h('div', { class: 'muted' }, day(k.realisedOn)) : null),
      h('td', {}, meter(Math.max(0, towards), 1, k.met ? 'kpi-met' : 'kpi-open', k.indicator + ': ' + (measured ? k.realised : '–') + ' / ' + (k.target ?? '–'))), h('td', {}, met));
  }

  /** Forms to report an action's progress and to record a KPI's measured value (for those who may change it). */
  function resultForms(a, after) {
    const percent = h('input', { type: 'number', min: 0, max: 100, step: 1, inputmode: 'numeric' });
    const milestone = h('input', { type: 'text', maxlength: 200 });
    const note = h('input', { type: 'text', maxlength: 4000 });
    const progress = h('form', { class: 'inline result-form', 'data-progress-form': a.id },
      field('pr-' + a.id + '-percent', t('ac.percent'), percent), field('pr-' + a.id + '-milestone', t('ac.milestone'), milestone),
      field('pr-' + a.id + '-note', t('ac.note'), note), h('button', { type: 'submit' }, t('ac.reportProgress')));
    onSubmit(progress, async () => {
      await api('POST', '/actions/' + a.id + '/progress', { percent: percent.value === '' ? null : Number(percent.value), milestone: milestone.value.trim() || null, note: note.value.trim() || null });
      notice(t('ac.progressSaved'));
      await after();
    });
    let measure = null;
    if (a.kpis.length) {
      const kpi = select(a.kpis.map(k => ({ value: k.indicator, label: k.indicator })), a.kpis[0].indicator);
      const value = h('input', { type: 'number', step: 'any', required: true });
      const source = h('input', { type: 'text', maxlength: 200 });
      measure = h('form', { class: 'inline result-form', 'data-measure-form': a.id },
        field('me-' + a.id + '-kpi', t('ac.kpi'), kpi), field('me-' + a.id + '-value', t('ac.value'), value), field('me-' + a.id + '-source', t('ac.sourceOf'), source),
        h('button', { type: 'submit' }, t('ac.recordMeasurement')));
      onSubmit(measure, async () => {
        await api('POST', '/actions/' + a.id + '/measurements', { indicator: kpi.value, value: Number(value.value), source: source.value.trim() || null });
        notice(t('ac.measurementSaved'));
        await after();
      });
    }
    return h('details', { class: 'report-results' }, h('summary', {}, t('ac.reportResults')), progress, measure);
  }

  async function planScreen(id, params) {
    const ref = await reference();
    await organisations();
    const [overview, formats] = await Promise.all([get('/plans/' + id + '/overview'), get('/reports')]);
    const p = overview.plan;
    const editable = mayWrite(p.roms);
    const redraw = () => planScreen(id, params);
    const inputWf = {};
    for (const rom of new Set(overview.actions.flatMap(x => x.inputs.map(i => i.rom)))) { inputWf[rom] = await workflow('input', rom); }
    const cards = await Promise.all(overview.actions.map(async ({ action: a, inputs }) => {
      const b = a.budget || {};
      const pr = a.progress;
      return h('article', { class: 'action-card', 'data-action': a.id, id: 'action-' + a.id, 'aria-labelledby': 'action-' + a.id + '-title' },
        h('header', {}, h('h3', { id: 'action-' + a.id + '-title' }, a.title), badge(a.status, statusLabel(a.status)),
          h('span', { class: 'muted' }, ' ' + t('horizon.' + a.horizon)), ' ', await stepButtons('action', '/actions', a, a.roms, p.roms[0], redraw)),
        a.description ? h('p', {}, a.description) : null,
        h('dl', { class: 'facts' },
          h('dt', {}, t('owner')), h('dd', {}, a.owner ? orgName(a.owner) : '–'),
          h('dt', {}, t('partners')), h('dd', {}, a.partners.length ? a.partners.map(orgName).join(', ') : '–'),
          h('dt', {}, t('budget')), h('dd', {}, b.total !== undefined && b.total !== null ? euro(b.total) : '–',
            b.publicFunding || b.privateFunding ? h('span', { class: 'muted' }, ' (' + t('overview.public') + ' ' + euro(b.publicFunding) + ', ' + t('overview.private') + ' ' + euro(b.privateFunding) + ')') : null,
            b.fundingSource ? h('div', { class: 'muted' }, b.fundingSource) : null),
          h('dt', {}, t('period')), h('dd', {}, a.start || a.end ? (day(a.start) || '…') + ' – ' + (day(a.end) || '…') : t('period.none')),
          h('dt', {}, t('ac.progress')), h('dd', { 'data-progress': pr && pr.percent !== null && pr.percent !== undefined ? pr.percent : '' },
            pr ? [pr.percent !== null && pr.percent !== undefined ? h('span', { class: 'progress' }, meter(pr.percent, 100, 'st-RUNNING', t('ac.progress') + ' ' + pr.percent + '%'), ' ' + pr.percent + '%') : null,
              pr.milestone ? h('span', {}, ' ' + pr.milestone) : null, h('span', { class: 'muted' }, ' · ' + day(pr.date)), pr.note ? h('div', { class: 'muted' }, pr.note) : null] : h('span', { class: 'muted' }, t('ac.noProgress')))),
        a.kpis.length ? h('table', { class: 'kpis' }, h('caption', {}, t('kpis')),
          head([t('ac.kpi'), t('ac.baseline'), t('ac.kpiTarget'), t('ac.realised'), h('span', { class: 'visually-hidden' }, t('ac.towards')), t('ac.met')]), h('tbody', {}, a.kpis.map(kpiRow))) : null,
        h('div', { class: 'trace' }, h('strong', {}, t('plan.trace') + ': '), inputs.length ? h('ul', { class: 'plain' }, inputs.map(i => h('li', { 'data-traced-input': i.id },
          h('a', { href: '#/workshops/' + i.workshop }, '#' + i.id), ' ', badge(i.status, stateLabel(inputWf[i.rom], i.status)), ' ' + (i.organisation ? orgName(i.organisation) + ': ' : '') + i.text))) : h('span', { class: 'muted' }, t('plan.noInputs'))),
        editable ? resultForms(a, redraw) : null);
    }));
    const reports = reportLinks(formats, 'plan', '/plans/' + id, f => f.name + ' (' + f.fileExtension + ')');
    const budget = overview.actions.reduce((n, x) => n + Number((x.action.budget || {}).total || 0), 0);
    show(p.title,
      h('p', {}, h('a', { href: '#/chains/' + p.valueChain }, p.valueChain + ' ' + chainName(ref, p.valueChain)), ' · ' + p.roms.join(', ') + ' · ' + day(p.periodStart) + ' – ' + day(p.periodEnd)
        + (p.edition ? ' · ' + t('plan.edition', { n: p.edition }) : '')),
      h('p', {}, t('status') + ': ', badge(p.status, statusLabel(p.status), { id: 'plan-status' }), ' ', await stepButtons('plan', '/plans', p, p.roms, p.roms[0], redraw)),
      p.summary ? h('p', {}, p.summary) : null,
      editable ? null : h('p', { class: 'readonly', id: 'plan-readonly' }, t('plan.readOnly', { roms: p.roms.join(', ') })),
      h('p', { id: 'plan-reports' }, t('plan.reports') + ': ', reports.length ? reports : h('span', { class: 'muted' }, t('plan.noFormats'))),
      h('div', { class: 'cards' }, resultsCard(t('results.title'), overview.results || resultsOf(overview.actions.map(x => x.action))),
        byStatus(t('overview.actionsByStatus'), overview.actions.map(x => x.action)),
        h('figure', { class: 'chart' }, h('figcaption', {}, t('budget')), h('p', { class: 'big' }, euro(budget)), h('p', { class: 'muted' }, t('plan.actionsCount', { n: overview.actions.length })))),
      overview.actions.length ? gantt(p, overview.actions.map(x => x.action)) : null,
      operator() || p.roms.every(actsFor) ? h('p', {}, h('a', { class: 'button', id: 'plan-new-action', href: withQuery('#/actions/new', { plan: id }) }, t('plan.newAction'))) : null,
      h('section', { id: 'plan-actions', 'aria-labelledby': 'plan-actions-title' }, h('h2', { id: 'plan-actions-title' }, t('actions') + ' (' + overview.actions.length + ')'),
        cards.length ? cards : h('p', {}, t('none'))));
    // an action's own address shows its plan with the action in focus, once the cards are there
    const focus = params && params.get('action') ? document.getElementById('action-' + params.get('action')) : null;
    if (focus) { focus.classList.add('focus'); focus.scrollIntoView(); }
  }

  // ---- funding: calls open now (or soon), the consortia answering them, and the organisations that fit ----------
  /** Only an address on the web becomes a link (never javascript: or data:, whatever a source sent). */
  const web = url => typeof url === 'string' && /^https?:\/\//i.test(url);
  async function fundingScreen(params) {
    const ref = await reference();
    await organisations(); // for the names of the consortia's leads
    // open calls unless asked otherwise ('ALL': every status)
    const status = params.get('status') || 'OPEN';
    const tech = params.get('technology') || '';
    const statusSel = select([{ value: 'ALL', label: t('all') }].concat(['OPEN', 'FORTHCOMING', 'CLOSED', 'CANCELLED'].map(k => ({ value: k, label: t('call.' + k) }))), status);
    const techSel = select(techOptions(ref), tech, t('all'));
    const go = () => { location.hash = withQuery('#/funding', { status: statusSel.value, technology: techSel.value }); };
    statusSel.addEventListener('change', go);
    techSel.addEventListener('change', go);
    const calls = (await get('/funding-calls', { status: status === 'ALL' ? '' : status, technology: tech, size: 100 })).items;
    const consortia = await all('/consortia');
    // who fits each call and why, and a proposed consortium: the core's matching (GET /funding-calls/{id}/matches)
    const matches = await Promise.all(calls.map(c => get('/funding-calls/' + c.id + '/matches')));
    const mine = new Set(myRoms());
    const cards = calls.map((c, n) => {
      const answering = consortia.filter(x => x.call === c.id);
      const m = matches[n];
      // those in no consortium for the call yet, by ROM as the core groups them, the user's own ROMs first
      const groups = m.roms.slice().sort((a, b) => (mine.has(b.rom) ? 1 : 0) - (mine.has(a.rom) ? 1 : 0));
      const fit = groups.flatMap(g => g.organisations).filter(x => !x.consortia.length);
      const why = f => [f.technologies.length ? f.technologies.join(', ') : null, f.valueChains.length ? f.valueChains.join(', ') : null,
        f.trl === 'IN_RANGE' ? t('call.trlIn') : f.trl === 'NOT_KNOWN' ? t('call.trlUnknown') : null].filter(Boolean).join(' · ');
      const fitItem = x => h('li', { 'data-fit': x.organisation.id }, x.organisation.name,
        h('span', { class: 'muted' }, ' ' + [x.organisation.city, x.organisation.rom].filter(Boolean).join(', ') + ' · ' + why(x.fit)));
      const p = m.proposal;
      const proposal = h('div', { class: 'trace', 'data-proposal': c.id }, h('strong', {}, t('call.proposal') + ': '),
        p.members.length ? h('ul', { class: 'plain' }, p.members.map(x => h('li', { 'data-member': x.organisation },
          (x.role === 'lead' ? t('call.lead') + ': ' : '') + x.name, h('span', { class: 'muted' }, ' ' + [x.rom, x.reason].filter(Boolean).join(' · '))))) : null,
        p.unmet.length ? h('ul', { class: 'plain' }, p.unmet.map(u => h('li', { class: 'held', 'data-unmet': '' }, t('call.unmet') + ': ' + u))) : null);
      const days = Math.ceil((new Date(c.deadline).getTime() - Date.now()) / 86400000);
      return h('article', { class: 'action-card', 'data-call': c.id, 'aria-labelledby': 'call-' + c.id + '-title' },
        h('header', {}, h('h3', { id: 'call-' + c.id + '-title' }, c.title), badge(c.status, t('call.' + c.status))),
        h('dl', { class: 'facts' },
          h('dt', {}, t('call.programme')), h('dd', {}, (c.programme || '–') + ' · ' + c.source + ' ' + c.identifier),
          h('dt', {}, t('call.deadline')), h('dd', {}, c.deadline ? new Date(c.deadline).toLocaleString(state.lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }) : '–',
            c.deadline && days >= 0 && c.status !== 'CLOSED' ? h('span', { class: days <= 14 ? 'held' : 'muted' }, ' · ' + t('call.daysLeft', { n: days })) : null),
          h('dt', {}, t('budget')), h('dd', {}, c.budget ? euro(c.budget) : '–'),
          h('dt', {}, t('technologies')), h('dd', {}, c.technologies.map(k => k + ' ' + techName(ref, k)).join(', ') || '–'),
          web(c.url) ? h('dt', {}, t('call.link')) : null, web(c.url) ? h('dd', {}, h('a', { href: c.url, rel: 'noopener noreferrer' }, t('call.open', { source: c.source }))) : null),
        h('div', { class: 'trace' }, h('strong', {}, t('call.consortia') + ': '), answering.length ? h('ul', { class: 'plain' }, answering.map(x => h('li', { 'data-consortium': x.id },
          x.name + ' · ' + t('call.lead') + ' ' + orgName(x.lead) + (x.rom ? ' · ' + x.rom : '') + ' · ' + t('call.members', { n: x.members.length })))) : h('span', { class: 'muted' }, t('call.noConsortium'))),
        h('div', { class: 'trace' }, h('strong', {}, t('call.fit', { n: fit.length }) + ': '), fit.length ? h('ul', { class: 'plain' }, fit.slice(0, 8).map(fitItem)) : h('span', { class: 'muted' }, t('none')),
          fit.length > 8 ? h('details', {}, h('summary', {}, t('call.more', { n: fit.length - 8 })), h('ul', { class: 'plain' }, fit.slice(8).map(fitItem))) : null),
        proposal);
    });
    show(t('call.title'), filters(field('fu-status', t('status'), statusSel), field('fu-tech', t('technology'), techSel)),
      h('p', { class: 'muted' }, t('call.help')), h('div', { id: 'calls' }, cards.length ? cards : h('p', {}, t('none'))));
  }

  // ---- plugins and connectors (operators, a ROM's admins for their ROM's plugins, integrators for connectors) --
  const mayManage = plugin => operator() || (!!plugin.rom && roles().includes('rom-admin:' + plugin.rom));
  const mayRun = () => operator() || roles().includes('integrator');
  const seesPlugins = () => operator() || mayRun() || roles().some(r => r.startsWith('rom-admin:'));
  let polling = null;

  async function pluginsScreen() {
    clearTimeout(polling);
    const [plugins, connectors, runs] = await Promise.all([get('/plugins'), get('/connectors'), get('/connectors/runs')]);
    const redraw = () => pluginsScreen();
    const rows = plugins.items.map(pl => {
      const installed = !!pl.version;
      const versions = (pl.versions || []).filter(v => v !== pl.version);
      const version = versions.length ? select(versions.map(v => ({ value: v, label: v })), versions[versions.length - 1]) : null;
      const act = async (method, path, body, done) => {
        problem(null);
        try { await api(method, path, body); notice(done); await redraw(); } catch (err) { problem(err); }
      };
      let controls = null;
      if (mayManage(pl)) {
        const form = h('form', { class: 'inline plugin-form', 'data-plugin-form': pl.id },
          version ? field('pl-' + pl.id + '-version', t('plugins.version'), version) : null,
          version ? h('button', { type: 'submit', 'data-install': pl.id }, installed ? t('plugins.update') : t('plugins.install')) : null,
          installed ? h('button', { type: 'button', class: 'danger', 'data-remove': pl.id,
            onclick: () => act('DELETE', '/plugins/' + encodeURIComponent(pl.id), undefined, t('plugins.removed', { id: pl.id })) }, t('plugins.remove')) : null);
        form.addEventListener('submit', e => {
          e.preventDefault();
          act('POST', '/plugins', { id: pl.id, version: version.value }, t(installed ? 'plugins.updated' : 'plugins.installed', { id: pl.id, version: version.value }));
        });
        controls = form;
      }
      return h('tr', { 'data-plugin': pl.id, 'data-state': pl.state },
        h('th', { scope: 'row' }, pl.id, pl.name ? h('div', { class: 'muted' }, pl.name) : null),
        h('td', {}, pl.rom || t('plugins.national')),
        h('td', {}, installed ? pl.version : '–', h('div', {}, badge(pl.state, t('plugins.state.' + pl.state) !== 'plugins.state.' + pl.state ? t('plugins.state.' + pl.state) : pl.state))),
        h('td', {}, (pl.contributions || []).join(', ') || '–'),
        h('td', {}, controls || h('span', { class: 'muted' }, t('plugins.notYours'))));
    });
    const runRow = r => h('tr', { 'data-run': r.id, 'data-run-status': r.status },
      h('td', {}, '#' + r.id), h('td', {}, r.connector), h('td', {}, badge(r.status, t('runs.' + r.status) !== 'runs.' + r.status ? t('runs.' + r.status) : r.status)),
      h('td', { class: 'num' }, String(r.pages)), h('td', { class: 'num' }, String(r.read)), h('td', { class: 'num' }, String(r.created)),
      h('td', { class: 'num' }, String(r.updated)), h('td', { class: 'num' }, String(r.unchanged ?? 0)), h('td', { class: 'num' }, String(r.refused)),
      h('td', {}, r.by + ' · ' + new Date(r.started).toLocaleString(state.lang === 'en' ? 'en-GB' : 'nl-NL') + (r.finished ? ' – ' + new Date(r.finished).toLocaleTimeString(state.lang === 'en' ? 'en-GB' : 'nl-NL') : '')),
      h('td', {}, r.error ? h('span', { class: 'held' }, r.error) : null, (r.problems || []).length ? h('details', {}, h('summary', {}, t('runs.problems', { n: r.problems.length })),
        h('ul', {}, r.problems.map(x => h('li', {}, x)))) : null));
    const runsBody = h('tbody', {}, runs.items.map(runRow));
    // a run in progress is followed live, as long as this screen is shown
    const follow = () => {
      const running = [...runsBody.querySelectorAll('tr[data-run-status="RUNNING"]')].map(tr => tr.getAttribute('data-run'));
      if (!running.length) { return; }
      polling = setTimeout(async () => {
        if (!location.hash.startsWith('#/plugins')) { return; }
        for (const id of running) {
          try {
            const r = await get('/connectors/runs/' + id);
            const old = runsBody.querySelector('tr[data-run="' + id + '"]');
            if (old) { old.replaceWith(runRow(r)); }
            if (r.status !== 'RUNNING') { notice(t('runs.ended', { id: r.id, status: t('runs.' + r.status) !== 'runs.' + r.status ? t('runs.' + r.status) : r.status })); }
          } catch (err) { problem(err); return; }
        }
        follow();
      }, 1000);
    };
    const connectorRows = connectors.items.map(c => h('tr', { 'data-connector': c.id },
      h('th', { scope: 'row' }, c.name || c.id), h('td', {}, c.kind), h('td', {}, c.system), h('td', {}, c.plugin),
      h('td', {}, mayRun() ? h('button', { type: 'button', 'data-run-connector': c.id, onclick: async e => {
        problem(null);
        e.target.disabled = true;
        try {
          const r = await api('POST', '/connectors/' + encodeURIComponent(c.id) + '/runs');
          notice(t('runs.started', { name: c.name || c.id }));
          if (r && r.id) { runsBody.prepend(runRow(r)); follow(); } else { await redraw(); }
        } catch (err) { problem(err); }
        e.target.disabled = false;
      } }, t('runs.start')) : null)));
    show(t('plugins.title'),
      h('p', { class: 'muted' }, t('plugins.help')),
      h('div', { class: 'scroll' }, h('table', { id: 'plugins' }, head([t('plugins.plugin'), t('rom'), t('plugins.installedVersion'), t('plugins.contributions'), t('plugins.manage')]), h('tbody', {}, rows))),
      h('h2', {}, t('runs.connectors')),
      connectors.items.length ? h('table', { id: 'connectors' }, head([t('runs.connector'), t('kind'), t('runs.system'), t('plugins.plugin'), '']), h('tbody', {}, connectorRows)) : h('p', { class: 'muted' }, t('runs.none')),
      h('h2', {}, t('runs.title')),
      runs.items.length || connectors.items.length ? h('div', { class: 'scroll' }, h('table', { id: 'runs' }, head(['#', t('runs.connector'), t('status'), t('runs.pages'), t('runs.read'), t('runs.created'), t('runs.updated'), t('runs.unchanged'), t('runs.refused'), t('runs.when'), t('runs.problemsHead')]), runsBody)) : h('p', { class: 'muted' }, t('none')));
    follow();
  }

  // ---- people (operators everyone; a ROM's admins the people wholly of their ROM: the server decides) --
  const seesPeople = () => operator() || roles().some(r => r.startsWith('rom-admin:'));

  /** A new password: generated by the server (shown once), or typed twice; value() is null for a generated one. */
  function passwordChoice(id) {
    const generate = h('input', { type: 'radio', name: id + '-mode', id: id + '-generate', value: 'generate', checked: true });
    const choose = h('input', { type: 'radio', name: id + '-mode', id: id + '-choose', value: 'choose' });
    const first = h('input', { type: 'password', autocomplete: 'new-password', minlength: 10 });
    const second = h('input', { type: 'password', autocomplete: 'new-password', minlength: 10 });
    const typed = h('div', { class: 'inline', hidden: true }, field(id + '-password', t('pe.password'), first, t('pe.passwordRule')), field(id + '-again', t('pe.again'), second));
    const toggle = () => { typed.hidden = !choose.checked; first.required = second.required = choose.checked; if (choose.checked) { first.focus(); } };
    generate.addEventListener('change', toggle);
    choose.addEventListener('change', toggle);
    const el = h('fieldset', { class: 'password-choice' }, h('legend', {}, t('pe.passwordHow')),
      h('div', {}, generate, h('label', { for: id + '-generate' }, t('pe.generate'))), h('div', {}, choose, h('label', { for: id + '-choose' }, t('pe.choose'))), typed);
    return {
      el,
      value() {
        if (!choose.checked) { return null; }
        if (first.value !== second.value) { second.focus(); throw new ApiError(0, { detail: t('pe.mismatch'), field: 'password' }); }
        return first.value;
      }
    };
  }

  /** Asks before a removal, in a dialog of its own; resolves true when confirmed. */
  const confirmRemoval = name => confirmDialog('pe', t('pe.removeTitle', { name }), t('pe.removeWhat'), t('pe.remove'));
  /** Asks before something that cannot be undone, in a dialog of its own (ids PREFIX-confirm-remove, -cancel-remove); resolves true when confirmed. */
  function confirmDialog(prefix, title, text, yesLabel) {
    const yes = h('button', { type: 'submit', class: 'danger', id: prefix + '-confirm-remove' }, yesLabel);
    const no = h('button', { type: 'button', id: prefix + '-cancel-remove' }, t('cancel'));
    const dialog = h('dialog', { 'aria-labelledby': prefix + '-confirm-title', 'aria-describedby': prefix + '-confirm-text' },
      h('form', { method: 'dialog' }, h('h2', { id: prefix + '-confirm-title' }, title),
        h('p', { id: prefix + '-confirm-text' }, text), h('div', { class: 'inline' }, yes, no)));
    document.body.append(dialog);
    return new Promise(resolve => {
      const done = value => { if (dialog.open) { dialog.close(); } dialog.remove(); resolve(value); };
      dialog.querySelector('form').addEventListener('submit', e => { e.preventDefault(); done(true); });
      no.addEventListener('click', () => done(false));
      dialog.addEventListener('cancel', e => { e.preventDefault(); done(false); });
      dialog.showModal();
      no.focus();
    });
  }

  async function peopleScreen(issued) {
    const [people, ref] = await Promise.all([all('/people'), reference()]);
    const administered = roles().filter(r => r.startsWith('rom-admin:')).map(r => r.substring('rom-admin:'.length));
    // the roles this user may grant: an operator any (the usual ones and those anybody holds), a ROM's admin their ROM's two
    const grantable = operator()
      ? [...new Set(['kia-operator', 'integrator', 'ssh'].concat(...ref.roms.map(r => ['rom-admin:' + r.code, 'rom-member:' + r.code]), ...people.map(p => p.roles)))]
      : administered.flatMap(rom => ['rom-member:' + rom, 'rom-admin:' + rom]);
    const roleOptions = grantable.map(r => ({ value: r, label: r }));
    const redraw = shown => peopleScreen(shown);
    const panel = h('section', { id: 'pe-panel', 'aria-live': 'polite' });
    const change = async (work, done, shown) => { await work(); notice(done); await redraw(shown); };

    function rolesPanel(p) {
      const chosen = tags('pe-edit-roles', t('pe.roles'), roleOptions, p.roles);
      const form = h('form', { id: 'pe-roles-form', class: 'stack', 'data-person': p.name }, chosen.el,
        p.groups.length ? h('p', { class: 'muted' }, t('pe.fromGroups', { groups: p.groups.join(', '), roles: p.groupRoles.join(', ') || '–' })) : null,
        h('div', { class: 'inline' }, h('button', { type: 'submit', id: 'pe-roles-save' }, t('save')),
          h('button', { type: 'button', onclick: () => panel.replaceChildren() }, t('cancel'))));
      onSubmit(form, () => change(() => api('PUT', '/people/' + encodeURIComponent(p.name) + '/roles', { roles: chosen.values() }), t('pe.rolesSaved', { name: p.name })));
      panel.replaceChildren(h('h2', {}, t('pe.rolesOf', { name: p.name })), form);
      form.querySelector('input').focus();
    }

    function passwordPanel(p) {
      const choice = passwordChoice('pe-reset');
      const form = h('form', { id: 'pe-password-form', class: 'stack', 'data-person': p.name }, choice.el,
        h('div', { class: 'inline' }, h('button', { type: 'submit', id: 'pe-password-save' }, t('pe.setPassword')),
          h('button', { type: 'button', onclick: () => panel.replaceChildren() }, t('cancel'))));
      onSubmit(form, async () => {
        const password = choice.value();
        const answer = await api('PUT', '/people/' + encodeURIComponent(p.name) + '/password', { password });
        notice(t('pe.passwordSaved', { name: p.name }));
        await redraw(answer.password ? { name: p.name, password: answer.password } : null);
      });
      panel.replaceChildren(h('h2', {}, t('pe.passwordOf', { name: p.name })), form);
      form.querySelector('input').focus();
    }

    const rows = people.map(p => h('tr', { 'data-person': p.name },
      h('th', { scope: 'row' }, p.name),
      h('td', {}, p.roles.length ? p.roles.join(', ') : h('span', { class: 'muted' }, t('pe.noRoles'))),
      h('td', {}, p.groups.length ? p.groups.join(', ') + ' (' + (p.groupRoles.join(', ') || '–') + ')' : '–'),
      h('td', {}, h('span', { class: 'inline' },
        h('button', { type: 'button', 'data-edit-roles': p.name, 'aria-label': t('pe.changeRoles') + ': ' + p.name, onclick: () => { problem(null); rolesPanel(p); } }, t('pe.changeRoles')),
        h('button', { type: 'button', 'data-reset-password': p.name, 'aria-label': t('pe.newPassword') + ': ' + p.name, onclick: () => { problem(null); passwordPanel(p); } }, t('pe.newPassword')),
        p.name === (state.session && state.session.user) ? null : h('button', { type: 'button', class: 'danger', 'data-remove-person': p.name, 'aria-label': t('pe.remove') + ': ' + p.name,
          onclick: async () => {
            problem(null);
            if (!await confirmRemoval(p.name)) { return; }
            try { await change(() => api('DELETE', '/people/' + encodeURIComponent(p.name)), t('pe.removed', { name: p.name })); } catch (err) { problem(err); }
          } }, t('pe.remove'))))));

    const name = h('input', { type: 'text', required: true, autocomplete: 'off', maxlength: 64, pattern: '[A-Za-z0-9][A-Za-z0-9._@\\-]{1,63}', 'aria-describedby': 'pe-name-hint' });
    const newRoles = tags('pe-roles', t('pe.roles'), roleOptions, administered.length && !operator() ? ['rom-member:' + administered[0]] : []);
    const password = passwordChoice('pe-add');
    const addForm = h('form', { id: 'pe-add-form', class: 'stack' }, field('pe-name', t('pe.name'), name, t('pe.nameRule')), newRoles.el, password.el,
      h('button', { type: 'submit', id: 'pe-add' }, t('pe.add')));
    onSubmit(addForm, async () => {
      const answer = await api('POST', '/people', { name: name.value.trim(), password: password.value(), roles: newRoles.values() });
      notice(t('pe.added', { name: answer.person.name }));
      await redraw(answer.password ? { name: answer.person.name, password: answer.password } : null);
    });

    show(t('pe.title'),
      h('p', { class: 'muted' }, t(operator() ? 'pe.helpOperator' : 'pe.helpAdmin', { roms: administered.join(', ') })),
      issued ? h('div', { class: 'generated', id: 'pe-generated', role: 'status' }, t('pe.generated', { name: issued.name }), ' ',
        h('code', { id: 'pe-generated-password' }, issued.password)) : null,
      h('div', { class: 'scroll' }, h('table', { id: 'people' }, h('caption', { class: 'visually-hidden' }, t('pe.title')),
        head([t('pe.name'), t('pe.roles'), t('pe.groups'), t('plugins.manage')]), h('tbody', {}, rows))),
      panel,
      h('h2', {}, t('pe.addTitle')), addForm);
  }

  async function actionScreen(id) {
    const a = await get('/actions/' + id);
    location.replace(withQuery('#/plans/' + a.plan, { action: id }));
  }

  async function newActionScreen(params) {
    const ref = await reference();
    const orgs = await organisations();
    const inputId = params.get('input');
    const input = inputId ? await get('/inputs/' + inputId) : null;
    // an action is owned by all its plan's ROMs, so the domain lets only someone who acts for each of them add one
    const plans = (await all('/plans')).filter(p => operator() || p.roms.every(actsFor));
    const preferred = params.get('plan') || (input && (plans.find(p => p.valueChain === input.valueChain && p.roms.includes(input.rom)) || plans.find(p => p.roms.includes(input.rom)) || {}).id) || '';
    const plan = select(plans.map(p => ({ value: String(p.id), label: p.title + ' (' + p.valueChain + ', ' + p.roms.join('/') + ')' })), String(preferred));
    const title = h('input', { type: 'text', required: true, value: input ? input.text.substring(0, 80) : '' });
    const description = h('textarea', { rows: 3 });
    const owner = orgPicker('ac-owner', t('owner'), orgs);
    if (input && input.organisation) { const o = orgs.find(x => x.id === input.organisation); if (o) { owner.input.value = orgLabel(o); } }
    // partners by name, as tags (a name shared by two organisations is told apart by its city)
    const partners = tags('ac-partners', t('partners'), orgs.map(o => ({ value: orgLabel(o), label: orgLabel(o) })));
    const techs = tags('ac-tech', t('technologies'), techOptions(ref));
    const horizon = select(['SHORT_TERM', 'ROADMAP'].map(k => ({ value: k, label: t('horizon.' + k) })), 'SHORT_TERM');
    const startD = h('input', { type: 'date' });
    const endD = h('input', { type: 'date' });
    const total = h('input', { type: 'number', min: 0, step: 1000 });
    const pub = h('input', { type: 'number', min: 0, step: 1000 });
    const priv = h('input', { type: 'number', min: 0, step: 1000 });
    const source = h('input', { type: 'text' });
    const kpi = h('input', { type: 'text' });
    const kpiTarget = h('input', { type: 'number' });
    const kpiUnit = h('input', { type: 'text' });
    const kpiYear = h('input', { type: 'number', min: 2024, max: 2040 });
    const form = h('form', { id: 'ac-form', class: 'stack' },
      input ? h('p', { class: 'trace' }, t('ac.answers') + ': #' + input.id + ' ' + input.text) : null,
      field('ac-plan', t('plan'), plan), field('ac-title', t('title'), title), field('ac-description', t('ac.description'), description), owner.el, partners.el, techs.el,
      field('ac-horizon', t('ac.horizon'), horizon), h('div', { class: 'inline' }, field('ac-start', t('ac.start'), startD), field('ac-end', t('ac.end'), endD)),
      h('div', { class: 'inline' }, field('ac-total', t('ac.total'), total), field('ac-public', t('ac.public'), pub), field('ac-private', t('ac.private'), priv), field('ac-source', t('ac.source'), source)),
      h('div', { class: 'inline' }, field('ac-kpi', t('ac.kpi'), kpi), field('ac-kpi-target', t('ac.kpiTarget'), kpiTarget), field('ac-kpi-unit', t('ac.kpiUnit'), kpiUnit), field('ac-kpi-year', t('ac.kpiYear'), kpiYear)),
      h('button', { type: 'submit', id: 'ac-save' }, t('save')));
    onSubmit(form, async () => {
      const num = el => el.value === '' ? null : Number(el.value);
      const body = { plan: Number(plan.value), title: title.value.trim(), description: description.value.trim() || null, owner: owner.value(), horizon: horizon.value,
        partners: partners.values().map(label => orgs.find(o => orgLabel(o) === label).id), technologies: techs.values().length ? techs.values() : null,
        start: startD.value || null, end: endD.value || null,
        budget: (total.value || pub.value || priv.value || source.value) ? { total: num(total), publicFunding: num(pub), privateFunding: num(priv), fundingSource: source.value.trim() || null } : null,
        kpis: kpi.value.trim() ? [{ indicator: kpi.value.trim(), target: num(kpiTarget), unit: kpiUnit.value.trim() || null, year: num(kpiYear) }] : [],
        inputs: input ? [input.id] : [] };
      const saved = await api('POST', '/actions', body);
      notice(t('ac.saved'));
      location.hash = '#/plans/' + saved.plan;
    });
    show(t('ac.new'), plans.length ? form : h('p', {}, t('none')));
    title.focus();
  }

  // ---- a ROM's public input page (no account) ----------------------------------------------------
  /**
   * Where an entrepreneur leaves input between workshops: the organisation as typed, what it is, the text, and a
   * contact only with their explicit consent. Nothing of the platform's records is shown or asked for: the page
   * reads only the public reference data and answers with a receipt.
   */
  async function publicScreen(code) {
    let page;
    try { page = await api('GET', '/public/' + encodeURIComponent(code), undefined, true); } catch (err) {
      if (err.status === 404) { show(t('pub.unknown'), h('p', {}, t('pub.unknownHelp'))); return; }
      throw err;
    }
    if (!page.open) { show(t('pub.title', { rom: page.name }), h('p', { id: 'pub-closed' }, t('pub.closed', { rom: page.name }))); return; }
    const ref = await reference();
    const org = h('input', { type: 'text', required: true, maxlength: 200, autocomplete: 'organization' });
    const kind = select(['CHALLENGE', 'OPPORTUNITY', 'PROPOSAL', 'RISK'].map(k => ({ value: k, label: t('kind.' + k) })), 'CHALLENGE');
    const theme = select(ref.themes.map(x => ({ value: x.code, label: x.name })), '', t('pub.pick'));
    theme.required = true;
    const chain = select(chainOptions(ref.chains), '', t('pub.noChain'));
    const techs = ref.techs.map(k => h('input', { type: 'checkbox', value: k.code, id: 'pub-tech-' + k.code }));
    const techSet = h('fieldset', { class: 'checks', id: 'pub-techs' }, h('legend', {}, t('technologies') + ' ' + t('pub.optional')),
      ref.techs.map((k, n) => h('label', { for: 'pub-tech-' + k.code }, techs[n], ' ' + techName(ref, k.code))));
    const text = h('textarea', { rows: 6, required: true, maxlength: 4000, 'aria-describedby': 'pub-text-hint' });
    const name = h('input', { type: 'text', maxlength: 200, autocomplete: 'name' });
    const email = h('input', { type: 'email', maxlength: 254, autocomplete: 'email' });
    const consent = h('input', { type: 'checkbox', id: 'pub-consent' });
    const contact = h('fieldset', { id: 'pub-contact' }, h('legend', {}, t('pub.contact') + ' ' + t('pub.optional')),
      h('p', { class: 'muted' }, t('pub.contactHelp', { rom: page.name })),
      field('pub-name', t('pub.name'), name), field('pub-email', t('pub.email'), email),
      h('div', { class: 'field check' }, consent, h('label', { for: 'pub-consent' }, t('pub.consent', { rom: page.name }))));
    const controls = { 'submission.organisation': org, kind, theme, valueChain: chain, text, 'submission.contactName': name,
      'submission.contactEmail': email, 'submission.contactConsent': consent };
    const form = h('form', { id: 'pub-form', class: 'public', novalidate: true },
      h('p', {}, t('pub.intro', { rom: page.name })),
      field('pub-org', t('pub.organisation'), org), field('pub-kind', t('kind'), kind), field('pub-theme', t('theme'), theme),
      field('pub-chain', t('valueChain') + ' ' + t('pub.optional'), chain), techSet,
      field('pub-text', t('pub.text'), text, t('pub.textHelp')), contact,
      h('p', { class: 'muted' }, t('pub.privacy', { rom: page.name })),
      h('button', { type: 'submit', id: 'pub-submit' }, t('pub.submit')));
    onSubmit(form, async () => {
      Object.values(controls).forEach(c => c.removeAttribute('aria-invalid'));
      const body = {
        kind: kind.value, theme: theme.value || null, valueChain: chain.value || null, text: text.value,
        technologies: techs.filter(c => c.checked).map(c => c.value),
        submission: { organisation: org.value, contactName: name.value || null, contactEmail: email.value || null, contactConsent: consent.checked }
      };
      const receipt = await api('POST', '/public/' + encodeURIComponent(page.rom) + '/inputs', body, true);
      const again = h('button', { type: 'button', id: 'pub-again' }, t('pub.again'));
      again.addEventListener('click', () => publicScreen(code));
      show(t('pub.thanks'), h('p', { id: 'pub-receipt' }, t('pub.received', { rom: page.name, when: new Date(receipt.receivedAt).toLocaleString(state.lang === 'en' ? 'en-GB' : 'nl-NL') })),
        h('p', {}, t('pub.next', { rom: page.name })), again);
    }, err => {
      const fields = (err && err.field ? [err.field] : []);
      fields.forEach(f => { const c = controls[f] || controls[f.replace(/\[\d+\]$/, '')]; if (c) { c.setAttribute('aria-invalid', 'true'); c.focus(); } });
    });
    show(t('pub.title', { rom: page.name }), form);
    org.focus();
  }

  // ---- personal data (AVG): a person's copy (operators and ROM admins), erasure and retention (operators) --
  /** A button that saves a file made when it is pressed (produce: its content, or a promise of it). */
  function saveButton(id, label, name, type, produce) {
    return h('button', { type: 'button', class: 'small', id, 'data-file': name, onclick: async () => {
      problem(null);
      try {
        const a = h('a', { download: name, href: URL.createObjectURL(new Blob([await produce()], { type })), hidden: true });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 60000);
      } catch (err) { problem(err); }
    } }, label);
  }

  /** The copy as the page to read the server makes of it (Accept: text/html), for the person. */
  async function copyPage(person) {
    const res = await fetch('/api/personal-data/copies', { method: 'POST', credentials: 'same-origin', body: JSON.stringify(person),
      headers: { 'Accept': 'text/html', 'Content-Type': 'application/json', 'X-Requested-With': 'nts-web', 'X-CSRF-Token': state.session.csrfToken } });
    if (!res.ok) { const { json } = await answer(res); throw new ApiError(res.status, json || {}); }
    return res.text();
  }

  const retentionSummary = run => run.kinds.map(k => k.months === 0 ? t('pd.keptWithout', { kind: t('pd.kind.' + k.kind) })
    : t('pd.kindDone', { values: k.values, kind: t('pd.kind.' + k.kind), records: k.records, before: day(k.before) })).join('; ');

  async function personalDataScreen() {
    const panel = h('section', { id: 'pd-found', 'aria-live': 'polite' });
    const name = h('input', { type: 'text', maxlength: 200, autocomplete: 'off' });
    const email = h('input', { type: 'email', maxlength: 254, autocomplete: 'off' });
    const user = h('input', { type: 'text', maxlength: 100, autocomplete: 'off' });
    const form = h('form', { id: 'pd-form', class: 'stack' }, h('div', { class: 'inline' }, field('pd-name', t('pd.name'), name), field('pd-email', t('pd.email'), email),
      field('pd-user', t('pd.user'), user)), h('button', { type: 'submit', id: 'pd-search' }, t('pd.search')));
    const person = () => ({ name: name.value.trim() || null, email: email.value.trim() || null, user: user.value.trim() || null });
    async function found(asked) {
      const copy = await api('POST', '/personal-data/copies', asked);
      const rows = copy.findings.map(f => h('tr', { 'data-place': f.place },
        h('td', {}, f.place), h('td', {}, f.kind + (f.record ? ' ' + f.record : '')), h('td', {}, f.rom || '–'), h('td', {}, f.context || ''),
        h('td', {}, Object.entries(f.values).map(([k, v]) => k + ': ' + v).join('; '))));
      const erase = operator() && copy.findings.length ? h('button', { type: 'button', class: 'danger', id: 'pd-erase', onclick: async () => {
        problem(null);
        if (!await confirmDialog('pd', t('pd.eraseTitle'), t('pd.eraseWhat', { n: copy.findings.length }), t('pd.erase'))) { return; }
        try {
          const done = await api('POST', '/personal-data/erasures', asked);
          notice(t('pd.erased', { pseudonym: done.pseudonym }));
          panel.replaceChildren(h('p', { id: 'pd-erased', role: 'status' }, t('pd.erased', { pseudonym: done.pseudonym }) + ' '
            + Object.entries(done.changed).map(([k, v]) => k + ' ' + v).join(', ')));
        } catch (err) { problem(err); }
      } }, t('pd.erase')) : null;
      panel.replaceChildren(h('h2', {}, t('pd.foundTitle', { n: copy.findings.length })),
        h('p', { class: 'muted' }, copy.roms.length ? t('pd.inRoms', { roms: copy.roms.join(', ') }) : t('pd.everywhere'),
          copy.complete ? '' : ' ' + t('pd.incomplete')),
        copy.findings.length ? h('div', { class: 'scroll' }, h('table', { id: 'pd-findings' }, h('caption', { class: 'visually-hidden' }, t('pd.foundTitle', { n: copy.findings.length })),
          head([t('pd.place'), t('pd.record'), t('rom'), t('pd.what'), t('pd.holds')]), h('tbody', {}, rows))) : h('p', {}, t('pd.nothing')),
        // the page to read is asked for when it is saved (each copy made is in the audit trail)
        h('p', { class: 'inline' }, saveButton('pd-save-html', t('pd.saveHtml'), 'personal-data.html', 'text/html', () => copyPage(asked)),
          saveButton('pd-save-json', t('pd.saveJson'), 'personal-data.json', 'application/json', () => JSON.stringify(copy, null, 2)), erase));
    }
    onSubmit(form, () => found(person()));

    let retention = null;
    if (operator()) {
      const [fields, runs] = await Promise.all([get('/personal-data/fields'), get('/personal-data/retention-runs', { size: 20 })]);
      const runNow = dryRun => async () => {
        problem(null);
        if (!dryRun && !await confirmDialog('pd-retain', t('pd.retainTitle'), t('pd.retainWhat'), t('pd.retainNow'))) { return; }
        try {
          const run = await api('POST', '/personal-data/retention-runs' + (dryRun ? '?dryRun=true' : ''));
          notice((dryRun ? t('pd.due') : t('pd.retained')) + ' ' + retentionSummary(run));
          await personalDataScreen();
        } catch (err) { problem(err); }
      };
      retention = h('section', { id: 'pd-retention' }, h('h2', {}, t('pd.retention')),
        h('div', { class: 'scroll' }, h('table', { id: 'pd-fields' }, h('caption', { class: 'visually-hidden' }, t('pd.fields')),
          head([t('pd.place'), t('pd.holds'), t('pd.purpose'), t('pd.basis'), t('pd.kept')]),
          h('tbody', {}, fields.items.map(f => h('tr', { 'data-place': f.place }, h('th', { scope: 'row' }, f.place), h('td', {}, f.holds), h('td', {}, f.purpose),
            h('td', {}, f.basis), h('td', {}, f.retention)))))),
        h('p', { class: 'inline' }, h('button', { type: 'button', id: 'pd-dry-run', onclick: runNow(true) }, t('pd.dryRun')),
          h('button', { type: 'button', class: 'danger', id: 'pd-retain', onclick: runNow(false) }, t('pd.retainNow'))),
        runs.items.length ? h('div', { class: 'scroll' }, h('table', { id: 'pd-runs' }, h('caption', {}, t('pd.runs')),
          head(['#', t('pd.at'), t('pd.by'), t('pd.result')]),
          h('tbody', {}, runs.items.map(r => h('tr', { 'data-run': r.id }, h('td', {}, String(r.id)), h('td', {}, new Date(r.at).toLocaleString(state.lang)),
            h('td', {}, r.by), h('td', {}, (r.dryRun ? t('pd.dryRunLabel') + ' ' : '') + retentionSummary(r))))))) : h('p', { class: 'muted' }, t('pd.noRuns')));
    }
    show(t('pd.title'), h('p', { class: 'muted' }, t(operator() ? 'pd.helpOperator' : 'pd.helpAdmin')), form, panel, retention);
    name.focus();
  }

  // ---- frame and routes ------------------------------------------------------------------------
  function chrome() {
    document.documentElement.lang = state.lang;
    document.getElementById('lang').value = state.lang;
    document.getElementById('lang-label').textContent = t('language');
    document.getElementById('skip').textContent = t('skip');
    const nav = document.getElementById('nav');
    nav.setAttribute('aria-label', t('menu'));
    const logout = document.getElementById('logout');
    logout.textContent = t('logout');
    const user = document.getElementById('user');
    // the public page shows nothing of the platform, to anyone
    if (state.session && !location.hash.startsWith('#/public/')) {
      const here = (location.hash.split('?')[0].split('/')[1] || '');
      nav.replaceChildren(h('ul', {}, [['', 'nav.overview'], ['chains', 'nav.chains'], ['workshops', 'nav.workshops'], ['inputs', 'nav.inputs'], ['plans', 'nav.plans'], ['funding', 'nav.funding']]
        .concat(seesPlugins() ? [['plugins', 'nav.plugins']] : []).concat(seesPeople() ? [['people', 'nav.people'], ['personal-data', 'nav.personalData']] : []).map(([path, key]) =>
        h('li', {}, h('a', { href: '#/' + path, 'aria-current': here === path || (here === 'actions' && path === 'plans') ? 'page' : null }, t(key))))));
      nav.hidden = false;
      user.textContent = state.session.user;
      logout.hidden = false;
    } else {
      nav.hidden = true;
      nav.replaceChildren();
      user.textContent = '';
      logout.hidden = true;
    }
  }

  async function route() {
    workflows = {};
    const [path, query] = (location.hash.replace(/^#/, '') || '/').split('?');
    const params = new URLSearchParams(query || '');
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'public') {
      chrome();
      problem(null);
      try { await publicScreen(parts[1] || ''); } catch (err) { main().replaceChildren(); problem(err); }
      document.body.setAttribute('data-ready', location.hash);
      return;
    }
    if (!state.session && parts[0] !== 'login') {
      try { state.session = await get('/session'); } catch (e) { state.session = null; }
      if (!state.session) { state.returnTo = location.hash && location.hash !== '#/' ? location.hash : null; location.hash = '#/login'; return; }
      idle.restart();
    }
    chrome();
    problem(null);
    main().replaceChildren(h('p', { 'aria-busy': 'true' }, t('loading')));
    try {
      if (parts[0] === 'login') { if (state.session) { location.hash = '#/'; return; } await loginScreen(); }
      else if (!parts[0]) { await overviewScreen(params); }
      else if (parts[0] === 'chains') { await chainsScreen(parts[1]); }
      else if (parts[0] === 'workshops' && parts[1] === 'new') { await newWorkshopScreen(); }
      else if (parts[0] === 'workshops' && parts[1]) { await workshopScreen(parts[1]); }
      else if (parts[0] === 'workshops') { await workshopsScreen(); }
      else if (parts[0] === 'inputs') { await inputsScreen(params); }
      else if (parts[0] === 'plans' && parts[1]) { await planScreen(parts[1], params); }
      else if (parts[0] === 'plans') { await plansScreen(params); }
      else if (parts[0] === 'actions' && parts[1] === 'new') { await newActionScreen(params); }
      else if (parts[0] === 'plugins') { await pluginsScreen(); }
      else if (parts[0] === 'people') { await peopleScreen(); }
      else if (parts[0] === 'personal-data') { await personalDataScreen(); }
      else if (parts[0] === 'funding') { await fundingScreen(params); }
      else if (parts[0] === 'actions' && parts[1]) { await actionScreen(parts[1]); return; } // ready once its plan is shown
      else { show('404', h('p', {}, t('none'))); }
    } catch (err) {
      // the session ended under this screen: the login (already on its way) says so, not an error box
      if (err.status === 401 && !state.session) { return; }
      main().replaceChildren();
      problem(err);
    }
    document.body.setAttribute('data-ready', location.hash || '#/');
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('lang').addEventListener('change', e => {
      state.lang = e.target.value;
      localStorage.setItem('nts.lang', state.lang);
      route();
    });
    document.getElementById('logout').addEventListener('click', async () => {
      try { await api('DELETE', '/session'); } catch (err) { problem(err); return; }
      idle.stop();
      state.session = null;
      state.orgs = null;
      state.returnTo = null;
      chrome();
      location.hash = '#/login';
      notice(t('loggedout'));
    });
    window.addEventListener('hashchange', () => { document.body.removeAttribute('data-ready'); route(); });
    route();
  });
}());
