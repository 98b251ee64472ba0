// The page of careplan serve: sends the chosen files to /api/view, shows the report and each user's sheets.
// No external script, no storage: the files stay in this page's memory until it is closed.
(function () {
  'use strict';
  let lang = 'ja';
  let files = [];
  let last = null;
  const $ = (id) => document.getElementById(id);
  const T = {
    ja: { sending: (n) => n + ' 件のファイルを検査しています…', done: 'ファイル', valid: '適合', invalid: '不適合',
      noViolation: '指摘はありません', user: '利用者', blocks: '週間サービス', diffs: '予実差異', failed: 'エラー：',
      nothing: 'ファイルが選ばれていません', lang: 'English', month: '対象年月' },
    en: { sending: (n) => 'Checking ' + n + ' files…', done: 'files', valid: 'valid', invalid: 'invalid',
      noViolation: 'no findings', user: 'User', blocks: 'weekly services', diffs: 'differences', failed: 'Error: ',
      nothing: 'no files chosen', lang: '日本語', month: 'Month' }
  };

  function setLang(l) {
    lang = l;
    document.documentElement.lang = l;
    document.querySelectorAll('[data-' + l + ']').forEach((e) => { e.textContent = e.getAttribute('data-' + l); });
    $('lang').textContent = T[l].lang;
    if (files.length) { send(); }
  }

  function wanted(f) {
    return /\.(csv|zip|jpg)$/i.test(f.name);
  }

  function choose(list) {
    files = Array.from(list).filter(wanted);
    if (!files.length) { $('status').textContent = T[lang].nothing; return; }
    send();
  }

  function form() {
    const data = new FormData();
    files.forEach((f) => data.append('file', f, f.name));
    return data;
  }

  function query(extra) {
    return '?lang=' + lang + '&profile=' + encodeURIComponent($('profile').value) + (extra || '');
  }

  async function send() {
    $('status').textContent = T[lang].sending(files.length);
    try {
      const res = await fetch('api/view' + query(), { method: 'POST', body: form() });
      const body = await res.json();
      if (!res.ok) { throw new Error(body.error ? body.error.message : res.status); }
      last = body;
      show(body);
      $('status').textContent = '';
    } catch (e) {
      $('status').textContent = T[lang].failed + e.message;
    }
  }

  function cell(tr, text) {
    const td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    tr.appendChild(td);
  }

  function show(body) {
    const r = body.report;
    $('report').hidden = false;
    $('summary').textContent = r.summary.files + ' ' + T[lang].done + ': ' + T[lang].valid + ' ' + r.summary.valid
      + ', ' + T[lang].invalid + ' ' + r.summary.invalid;
    const tbody = $('violations').querySelector('tbody');
    tbody.textContent = '';
    r.files.forEach((f) => {
      if (!f.violations.length) {
        const tr = document.createElement('tr');
        tr.className = 'ok';
        [f.file, 'OK', '', '', '', '', T[lang].noViolation].forEach((t) => cell(tr, t));
        tbody.appendChild(tr);
      }
      f.violations.forEach((v) => {
        const tr = document.createElement('tr');
        tr.className = v.severity;
        [f.file, v.severity, v.rule, v.record, v.line, v.fieldName || v.field, v.message].forEach((t) => cell(tr, t));
        tbody.appendChild(tr);
      });
    });
    const users = $('users');
    users.textContent = '';
    $('sheets').hidden = false;
    $('view-error').hidden = !body.viewError;
    $('view-error').textContent = body.viewError || '';
    $('pdf').disabled = !body.users.length;
    body.users.forEach((u, i) => {
      const div = document.createElement('section');
      div.className = 'user';
      div.setAttribute('aria-label', T[lang].user + ' ' + (i + 1));
      const h = document.createElement('h3');
      const masked = document.createElement('span');
      masked.className = 'insured-masked';
      masked.textContent = T[lang].user + ' ' + u.masked;
      const full = document.createElement('span');
      full.className = 'insured-full';
      full.textContent = T[lang].user + ' ' + u.insured + (u.name ? '　' + u.name : '');
      h.append(masked, full);
      const facts = document.createElement('p');
      facts.className = 'facts';
      facts.textContent = T[lang].month + ' ' + body.month + ' — ' + T[lang].blocks + ' ' + u.blocks + ', '
        + T[lang].diffs + ' ' + u.differences;
      div.append(h, facts);
      ['week', 'month', 'totals'].forEach((k) => {
        const holder = document.createElement('div');
        // The SVG is made by the server from the files, with every text escaped.
        holder.innerHTML = u.sheets[k];
        div.appendChild(holder.firstElementChild);
      });
      users.appendChild(div);
    });
  }

  async function pdf() {
    if (!files.length) { return; }
    const insured = $('show-insured').checked ? '&insured=shown' : '';
    const res = await fetch('api/render' + query('&format=pdf' + insured), { method: 'POST', body: form() });
    if (!res.ok) {
      const body = await res.json();
      $('status').textContent = T[lang].failed + (body.error ? body.error.message : res.status);
      return;
    }
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = 'careplan-' + (last && last.month ? last.month : 'month') + '.pdf';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  async function entries(items) {
    const out = [];
    async function walk(entry) {
      if (entry.isFile) {
        out.push(await new Promise((ok, ko) => entry.file(ok, ko)));
      } else if (entry.isDirectory) {
        const reader = entry.createReader();
        let batch;
        do {
          batch = await new Promise((ok, ko) => reader.readEntries(ok, ko));
          for (const e of batch) { await walk(e); }
        } while (batch.length);
      }
    }
    for (const e of items) { if (e) { await walk(e); } }
    return out;
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('files').addEventListener('change', (e) => choose(e.target.files));
    $('folder').addEventListener('change', (e) => choose(e.target.files));
    $('profile').addEventListener('change', () => { if (files.length) { send(); } });
    $('lang').addEventListener('click', () => setLang(lang === 'ja' ? 'en' : 'ja'));
    $('pdf').addEventListener('click', pdf);
    $('show-insured').addEventListener('change', (e) => document.body.classList.toggle('show-insured', e.target.checked));
    const drop = $('drop');
    drop.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); $('files').click(); }
    });
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', async (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      const items = Array.from(e.dataTransfer.items || []).map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry());
      choose(items.some((x) => x) ? await entries(items) : e.dataTransfer.files);
    });
  });
})();
