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
    if (values) { Object.keys(values).forEach(k => { s = s.replace('{' + k + '}', values[k]); }); }
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
    m.replaceChildren(h('h1', {}, title), ...content.filter(c => c !== null && c !== undefined && c !== false));
    m.focus({ preventScroll: true });
  }
  function notice(text) { document.getElementById('notice').textContent = text; }
  function problem(err) {
    const box = document.getElementById('problem');
    if (!err) { box.hidden = true; box.replaceChildren(); return; }
    const refused = err.status === 403 || err.status === 409 || err.status === 422;
    box.replaceChildren(h('strong', {}, (refused ? t('refused') : t('error')) + (err.status ? ' (' + err.status + ')' : '') + ': '),
      err.detail || err.message || String(err), ...(err.field ? [h('span', {}, ' [' + err.field + ']')] : []));
    box.hidden = false;
    box.scrollIntoView({ block: 'nearest' });
  }

  // ---- the API ---------------------------------------------------------------------------------
  class ApiError extends Error {
    constructor(status, body) {
      super((body && (body.detail || body.title)) || ('HTTP ' + status));
      this.status = status; this.detail = body && body.detail; this.field = body && body.field;
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
  async function api(method, path, body) {
    const headers = { 'Accept': 'application/json', 'X-Requested-With': 'nts-web' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET' && state.session) { headers['X-CSRF-Token'] = state.session.csrfToken; }
    let res;
    try {
      res = await fetch('/api' + path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new ApiError(0, { detail: t('error.network') });
    }
    const { json, plain } = await answer(res);
    if (res.status === 401 && path !== '/session') {
      state.session = null;
      location.hash = '#/login';
      notice(t('login.ended'));
    }
    if (plain) { throw new ApiError(res.status, { detail: t('error.notJson', { status: res.status }) }); }
    if (!res.ok) { throw new ApiError(res.status, json); }
    return json;
  }
  const get = (path, params) => api('GET', withQuery(path, params));
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

  /** The steps its ROM's workflow offers this user now, as buttons; none where the server would refuse. */
  async function stepButtons(subject, path, record, owners, rom, after) {
    const wf = await workflow(subject, rom);
    const status = record.status;
    const offered = wf.transitions.filter(tr => tr.from === status && mayWrite(owners) && (!tr.role || roles().includes(tr.role)));
    return h('span', { class: 'steps' }, offered.map(tr => h('button', {
      type: 'button', class: 'step', 'data-transition': tr.code, 'data-id': record.id,
      'aria-label': tr.name + ' (' + subject + ' ' + record.id + ')',
      onclick: async e => {
        problem(null);
        let reason;
        if (tr.reasonRequired) { reason = await reasonFor(tr.name); if (reason === null) { return; } }
        e.target.disabled = true;
        try {
          await api('POST', path + '/' + record.id + '/transitions', { transition: tr.code, reason });
          notice(t('step.done', { step: tr.name }));
          await after();
        } catch (err) { problem(err); e.target.disabled = false; }
      }
    }, tr.name)));
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
  const answeredBy = ids => ids.map(a => h('a', { href: '#/actions/' + a }, '#' + a + ' '));
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

  // ---- charts (SVG-free bars: plain elements, so they read as text too) -------------------------
  function bars(title, entries, format) {
    const max = Math.max(1, ...entries.map(e => e.value));
    return h('figure', { class: 'chart' }, h('figcaption', {}, title),
      entries.length === 0 ? h('p', {}, t('none')) :
      h('ul', { class: 'bars' }, entries.map(e => {
        const bar = h('span', { class: 'bar ' + (e.cls || '') });
        bar.style.width = Math.max(2, Math.round(100 * e.value / max)) + '%';
        return h('li', {}, h('span', { class: 'bar-label' }, e.label), h('span', { class: 'bar-track' }, bar), h('span', { class: 'bar-value' }, format ? format(e.value) : e.value));
      })));
  }
  const count = (items, key) => { const m = {}; items.forEach(i => { const k = key(i); m[k] = (m[k] || 0) + 1; }); return m; };
  const statusBars = (title, items) => bars(title + ' (' + items.length + ')', Object.entries(count(items, i => i.status)).map(([k, v]) => ({ label: k, value: v, cls: 'st-' + k })));

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
      chrome();
      location.hash = '#/';
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
    actions.forEach(a => { const b = a.budget || {}; const s = b.fundingSource || t('overview.noSource'); bySource[s] = (bySource[s] || 0) + Number(b.total || 0); });
    let pub = 0, priv = 0;
    actions.forEach(a => { pub += Number((a.budget || {}).publicFunding || 0); priv += Number((a.budget || {}).privateFunding || 0); });

    // the grid: ROMs down, value chains across; a cell counts the plans and actions a ROM owns there
    const planChain = {};
    plans.forEach(p => { planChain[p.id] = p.valueChain; });
    const cells = {};
    const cell = (rom, vc) => { const k = rom + '|' + vc; cells[k] = cells[k] || { p: 0, a: 0 }; return cells[k]; };
    plans.forEach(p => p.roms.forEach(r => cell(r, p.valueChain).p++));
    const missing = actions.filter(a => !(a.plan in planChain));
    if (missing.length) { (await all('/plans')).forEach(p => { planChain[p.id] = p.valueChain; }); }
    actions.forEach(a => (a.roms || []).forEach(r => { if (planChain[a.plan]) { cell(r, planChain[a.plan]).a++; } }));
    const shownChains = ref.chains.filter(c => !chain || c.code === chain);
    const maxCell = Math.max(1, ...Object.values(cells).map(c => c.p + c.a));
    const grid = h('table', { class: 'grid' }, h('caption', {}, t('overview.grid.caption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('rom')), shownChains.map(c => h('th', { scope: 'col' }, h('a', { href: '#/chains/' + c.code, title: c.name }, c.code))))),
      h('tbody', {}, ref.roms.map(r => h('tr', {}, h('th', { scope: 'row', title: r.name }, r.code), shownChains.map(c => {
        const v = cells[r.code + '|' + c.code];
        const n = v ? v.p + v.a : 0;
        const td = h('td', { class: 'heat heat-' + Math.min(4, Math.ceil(4 * n / maxCell)), title: r.code + ' × ' + c.name },
          n ? h('span', {}, String(n), h('span', { class: 'visually-hidden' }, ' (' + t('overview.cell', { p: v.p, a: v.a }) + ')')) : '');
        return td;
      })))));

    const perTech = agendas.items.filter(a => !tech || a.technology.code === tech);
    show(t('overview.title'),
      filters(field('ov-tech', t('technology'), techSel), field('ov-chain', t('valueChain'), chainSel)),
      h('div', { class: 'cards' },
        statusBars(t('overview.plansByStatus'), plans),
        statusBars(t('overview.actionsByStatus'), actions),
        bars(t('overview.budgetBySource') + ' (' + t('overview.public') + ' ' + euro(pub) + ', ' + t('overview.private') + ' ' + euro(priv) + ')',
          Object.entries(bySource).sort((a, b) => b[1] - a[1]).map(([k, v]) => ({ label: k, value: v })), euro)),
      h('h2', {}, t('overview.grid')), h('div', { class: 'scroll' }, grid),
      h('h2', {}, t('overview.perTechnology')),
      bars(t('actions'), perTech.map(a => ({ label: a.technology.code + ' ' + techName(ref, a.technology.code), value: a.totals.actions }))),
      bars(t('budget'), perTech.map(a => ({ label: a.technology.code + ' ' + techName(ref, a.technology.code), value: Number(a.totals.budget || 0) })), euro));
  }

  async function chainsScreen(code) {
    const ref = await reference();
    const pick = h('nav', { 'aria-label': t('chain.pick'), class: 'picklist' }, h('ul', {}, ref.chains.map(c =>
      h('li', {}, h('a', { href: '#/chains/' + c.code, 'aria-current': c.code === code ? 'page' : null }, c.code + ' ' + c.name)))));
    if (!code) { show(t('valueChains'), pick); return; }
    const [vc, resilience, orgs] = await Promise.all([get('/value-chains/' + encodeURIComponent(code)), get('/value-chains/' + encodeURIComponent(code) + '/resilience'),
      all('/organisations', { valueChain: code, sort: 'name' })]);
    const chain = h('ol', { class: 'chain', 'aria-label': t('chain.segments') }, resilience.segments.map(s => {
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
      const org = orgPicker('ws-p' + n + '-org', t('organisation'), orgs);
      people.push({ name, role, email, org });
      rows.append(h('fieldset', { class: 'row' }, h('legend', {}, t('ws.participant') + ' ' + n),
        field('ws-p' + n + '-name', t('ws.name'), name), field('ws-p' + n + '-role', t('ws.role'), role), org.el, field('ws-p' + n + '-email', t('ws.email'), email)));
      return name;
    }
    addRow();
    const form = h('form', { id: 'ws-form', class: 'stack' },
      field('ws-title', t('title'), title), field('ws-date', t('date'), date), field('ws-place', t('place'), place), field('ws-rom', t('rom'), rom),
      techs.el, chains.el, h('h2', {}, t('ws.participants')), rows,
      h('p', {}, h('button', { type: 'button', id: 'ws-add-participant', onclick: () => addRow().focus() }, t('ws.addParticipant'))),
      h('button', { type: 'submit', id: 'ws-save' }, t('save')));
    onSubmit(form, async () => {
      const participants = people.filter(p => p.name.value.trim()).map(p => ({ name: p.name.value.trim(), role: p.role.value.trim() || null, email: p.email.value.trim() || null, organisation: p.org.value() }));
      const body = { title: title.value.trim(), date: date.value, place: place.value.trim() || null, rom: rom.value, technologies: techs.values(), valueChains: chains.values(),
        participants, organisations: [...new Set(participants.map(p => p.organisation).filter(Boolean))] };
      const saved = await api('POST', '/workshops', body);
      notice(t('ws.saved'));
      location.hash = '#/workshops/' + saved.id;
    });
    show(t('ws.new'), form);
    title.focus();
  }

  async function workshopScreen(id) {
    const ref = await reference();
    const orgs = await organisations();
    const [w, inputs, formats] = await Promise.all([get('/workshops/' + id), all('/inputs', { workshop: id }), get('/reports')]);
    const editable = mayWrite([w.rom].concat(w.coOrganisers || []));
    const wf = await workflow('input', w.rom);
    const inputRows = await Promise.all(inputs.map(async i => h('tr', { 'data-input': i.id },
      h('td', {}, '#' + i.id), h('td', {}, t('kind.' + i.kind)), h('td', {}, i.organisation ? orgName(i.organisation) : ''), h('td', {}, i.text),
      h('td', {}, (i.technologies || []).join(', ') + (i.theme ? ' · ' + i.theme : '')),
      h('td', {}, h('span', { class: 'status', 'data-status': i.status }, stateName(wf, i.status))),
      h('td', {}, answeredBy(i.answeredBy)),
      h('td', {}, await stepButtons('input', '/inputs', i, [i.rom], i.rom, () => workshopScreen(id)),
        editable && i.answeredBy.length === 0 ? h('a', { class: 'button small', href: withQuery('#/actions/new', { input: i.id }), 'data-answer': i.id }, t('in.answer')) : null))));
    const table = h('table', { id: 'ws-inputs' }, h('caption', {}, t('ws.inputs')),
      head(['#', t('kind'), t('organisation'), t('text'), t('technologies'), t('status'), t('answeredBy'), t('steps')]),
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
        h('ul', {}, w.participants.map(p => h('li', {}, p.name + (p.role ? ', ' + p.role : '') + (p.organisation ? ' (' + orgName(p.organisation) + ')' : ''))))),
      reports.length ? h('p', {}, t('ws.report') + ': ', reports) : null,
      capture, table);
  }

  async function inputsScreen(params) {
    const ref = await reference();
    await organisations();
    const rom = params.get('rom') || (myRoms()[0] || '');
    const status = params.get('status') || '';
    const romSel = select(romOptions(ref), rom, t('all'));
    const wfList = rom ? await workflow('input', rom) : null;
    const statusSel = select(wfList ? wfList.states.map(s => ({ value: s.code, label: s.name })) : [], status, t('all'));
    const go = () => { location.hash = withQuery('#/inputs', { rom: romSel.value, status: statusSel.value }); };
    romSel.addEventListener('change', () => { statusSel.value = ''; go(); });
    statusSel.addEventListener('change', go);
    const items = (await get('/inputs', { size: 200, rom, status })).items;
    const rows = await Promise.all(items.map(async i => {
      const wf = await workflow('input', i.rom);
      return h('tr', { 'data-input': i.id }, h('td', {}, '#' + i.id), h('td', {}, i.rom), h('td', {}, h('a', { href: '#/workshops/' + i.workshop }, '#' + i.workshop)),
        h('td', {}, i.organisation ? orgName(i.organisation) : ''), h('td', {}, i.text), h('td', {}, h('span', { class: 'status' }, stateName(wf, i.status))),
        h('td', {}, answeredBy(i.answeredBy)),
        h('td', {}, await stepButtons('input', '/inputs', i, [i.rom], i.rom, () => inputsScreen(params)),
          mayWrite([i.rom]) && !i.answeredBy.length ? h('a', { class: 'button small', href: withQuery('#/actions/new', { input: i.id }) }, t('in.answer')) : null));
    }));
    show(t('in.title'), filters(field('in-f-rom', t('rom'), romSel), field('in-f-status', t('status'), statusSel)),
      items.length ? h('table', {}, head(['#', t('rom'), 'Workshop', t('organisation'), t('text'), t('status'), t('answeredBy'), t('steps')]), h('tbody', {}, rows)) : h('p', {}, t('none')));
  }

  async function plansScreen(params) {
    const ref = await reference();
    const rom = params.get('rom') || '';
    const romSel = select(romOptions(ref), rom, t('all'));
    romSel.addEventListener('change', () => { location.hash = withQuery('#/plans', { rom: romSel.value }); });
    const plans = await all('/plans', { rom });
    show(t('plan.title'), filters(field('pl-f-rom', t('rom'), romSel)),
      h('table', {}, head([t('title'), t('valueChain'), t('roms'), t('period'), t('status')]),
        h('tbody', {}, plans.map(p => h('tr', { 'data-plan': p.id }, h('td', {}, h('a', { href: '#/plans/' + p.id }, p.title)), h('td', {}, p.valueChain + ' ' + chainName(ref, p.valueChain)),
          h('td', {}, p.roms.join(', ')), h('td', {}, day(p.periodStart) + ' – ' + day(p.periodEnd)), h('td', {}, p.status))))));
  }

  async function planScreen(id, params) {
    const ref = await reference();
    await organisations();
    const [overview, formats] = await Promise.all([get('/plans/' + id + '/overview'), get('/reports')]);
    const p = overview.plan;
    const editable = mayWrite(p.roms);
    const start = new Date(p.periodStart || '2025-01-01').getTime();
    const end = new Date(p.periodEnd || '2030-12-31').getTime();
    const span = Math.max(1, end - start);
    const timeline = a => {
      const bar = h('span', { class: 'span st-' + a.status });
      const s = a.start ? new Date(a.start).getTime() : start;
      const e = a.end ? new Date(a.end).getTime() : end;
      bar.style.marginLeft = Math.max(0, Math.min(100, 100 * (s - start) / span)) + '%';
      bar.style.width = Math.max(1, Math.min(100, 100 * (e - s) / span)) + '%';
      return h('span', { class: 'timeline', role: 'img', 'aria-label': day(a.start) + ' – ' + day(a.end) }, bar);
    };
    const rows = await Promise.all(overview.actions.map(async ({ action: a, inputs }) => h('tr', { 'data-action': a.id, id: 'action-' + a.id },
      h('td', {}, h('strong', {}, a.title), a.description ? h('div', { class: 'muted' }, a.description) : null),
      h('td', {}, a.owner ? orgName(a.owner) : '', a.partners.length ? h('div', { class: 'muted' }, a.partners.map(orgName).join(', ')) : null),
      h('td', { class: 'num' }, euro(a.budget && a.budget.total), a.budget && a.budget.fundingSource ? h('div', { class: 'muted' }, a.budget.fundingSource) : null),
      h('td', {}, h('span', { class: 'status', 'data-status': a.status }, a.status)),
      h('td', {}, a.kpis.map(k => h('div', {}, k.indicator + ': ' + (k.baseline ?? '') + ' → ' + (k.target ?? '') + ' ' + (k.unit || '') + (k.year ? ' (' + k.year + ')' : '')))),
      h('td', {}, timeline(a), h('div', { class: 'muted' }, day(a.start) + ' – ' + day(a.end))),
      h('td', {}, inputs.map(i => h('div', {}, h('a', { href: '#/workshops/' + i.workshop }, '#' + i.id), ' ' + i.text.substring(0, 60)))),
      h('td', {}, await stepButtons('action', '/actions', a, a.roms, p.roms[0], () => planScreen(id, params))))));
    show(p.title,
      h('p', {}, p.valueChain + ' ' + chainName(ref, p.valueChain) + ' · ' + p.roms.join(', ') + ' · ' + day(p.periodStart) + ' – ' + day(p.periodEnd)),
      h('p', {}, t('status') + ': ', h('span', { class: 'status', id: 'plan-status', 'data-status': p.status }, p.status), ' ', await stepButtons('plan', '/plans', p, p.roms, p.roms[0], () => planScreen(id, params))),
      p.summary ? h('p', {}, p.summary) : null,
      editable ? null : h('p', { class: 'readonly', id: 'plan-readonly' }, t('plan.readOnly', { roms: p.roms.join(', ') })),
      h('p', { id: 'plan-reports' }, t('plan.reports') + ': ', reportLinks(formats, 'plan', '/plans/' + id, f => f.name + ' (' + f.fileExtension + ')')),
      operator() || p.roms.every(actsFor) ? h('p', {}, h('a', { class: 'button', id: 'plan-new-action', href: withQuery('#/actions/new', { plan: id }) }, t('plan.newAction'))) : null,
      h('div', { class: 'scroll' }, h('table', { id: 'plan-actions' }, h('caption', {}, t('actions') + ' (' + overview.actions.length + ')'),
        head([t('action'), t('owner'), t('budget'), t('status'), t('kpis'), t('timeline'), t('plan.trace'), t('steps')]),
        h('tbody', {}, rows))));
    // an action's own address shows its plan with the action in focus, once the rows are there
    const focus = params && params.get('action') ? document.getElementById('action-' + params.get('action')) : null;
    if (focus) { focus.classList.add('focus'); focus.scrollIntoView(); }
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
      field('ac-plan', t('plan'), plan), field('ac-title', t('title'), title), field('ac-description', t('ac.description'), description), owner.el,
      field('ac-horizon', t('ac.horizon'), horizon), h('div', { class: 'inline' }, field('ac-start', t('ac.start'), startD), field('ac-end', t('ac.end'), endD)),
      h('div', { class: 'inline' }, field('ac-total', t('ac.total'), total), field('ac-public', t('ac.public'), pub), field('ac-private', t('ac.private'), priv), field('ac-source', t('ac.source'), source)),
      h('div', { class: 'inline' }, field('ac-kpi', t('ac.kpi'), kpi), field('ac-kpi-target', t('ac.kpiTarget'), kpiTarget), field('ac-kpi-unit', t('ac.kpiUnit'), kpiUnit), field('ac-kpi-year', t('ac.kpiYear'), kpiYear)),
      h('button', { type: 'submit', id: 'ac-save' }, t('save')));
    onSubmit(form, async () => {
      const num = el => el.value === '' ? null : Number(el.value);
      const body = { plan: Number(plan.value), title: title.value.trim(), description: description.value.trim() || null, owner: owner.value(), horizon: horizon.value,
        start: startD.value || null, end: endD.value || null,
        budget: (total.value || pub.value || priv.value || source.value) ? { total: num(total), publicFunding: num(pub), privateFunding: num(priv), fundingSource: source.value.trim() || null } : null,
        kpis: kpi.value.trim() ? [{ indicator: kpi.value.trim(), target: num(kpiTarget), unit: kpiUnit.value.trim() || null, year: num(kpiYear) }] : [],
        inputs: input ? [input.id] : [] };
      const saved = await api('POST', '/actions', body);
      notice(t('ac.saved'));
      location.hash = '#/plans/' + saved.plan;
    });
    show(t('ac.new'), plans.length ? form : h('p', {}, t('none')));
    void ref;
    title.focus();
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
    if (state.session) {
      const here = (location.hash.split('?')[0].split('/')[1] || '');
      nav.replaceChildren(h('ul', {}, [['', 'nav.overview'], ['chains', 'nav.chains'], ['workshops', 'nav.workshops'], ['inputs', 'nav.inputs'], ['plans', 'nav.plans']].map(([path, key]) =>
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
    if (!state.session && parts[0] !== 'login') {
      try { state.session = await get('/session'); } catch (e) { state.session = null; }
      if (!state.session) { location.hash = '#/login'; return; }
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
      else if (parts[0] === 'actions' && parts[1]) { await actionScreen(parts[1]); return; } // ready once its plan is shown
      else { show('404', h('p', {}, t('none'))); }
    } catch (err) {
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
      state.session = null;
      state.orgs = null;
      chrome();
      location.hash = '#/login';
      notice(t('loggedout'));
    });
    window.addEventListener('hashchange', () => { document.body.removeAttribute('data-ready'); route(); });
    route();
  });
}());
