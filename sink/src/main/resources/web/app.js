// The live page: polls the sink's API and redraws. No framework, no build step, nothing fetched from elsewhere.
'use strict';

const POLL_MS = 5000;
const TOP_N = 10;
const SERIES_HOURS = 24;
const state = { selected: null, names: new Map(), evidence: null };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) {
    let message = response.status + ' ' + response.statusText;
    try { message = (await response.json()).error || message; } catch (e) { /* keep the status line */ }
    throw new Error(url + ': ' + message);
  }
  return response.json();
}

function utc(iso, withDate) {
  const d = new Date(iso);
  const hm = d.toISOString().slice(11, 16);
  return withDate ? d.toISOString().slice(0, 10) + ' ' + hm : hm;
}

/**
 * Names of keys, from /api/names (the tagger's own dictionaries). A key's name never changes while the sink runs,
 * so each is asked once.
 */
async function loadNames(dimension, keys) {
  const missing = [...new Set(keys)].filter(k => !state.names.has(dimension + '|' + k));
  const named = await Promise.all(missing.map(k =>
    getJson('/api/names?dimension=' + dimension + '&key=' + encodeURIComponent(k))));
  named.forEach(n => state.names.set(n.dimension + '|' + n.key, n));
}

function nameOf(dimension, key) {
  return state.names.get(dimension + '|' + key);
}

function code(text) {
  return el('span', { class: 'code' }, text);
}

function named(text) {
  return el('span', { class: 'name' }, text);
}

/** A code with its name beside it; the bare code when the codebook does not know it. */
function codeAndName(dimension, key) {
  const n = nameOf(dimension, key);
  return n && n.name ? [code(key), named(n.name)] : [code(key)];
}

function dyadLabel(key) {
  const [source, root, target] = key.split('|');
  const parts = (nameOf('dyad', key) || { parts: [] }).parts;
  const part = (c, i) => parts[i] && parts[i].name ? [code(c), named(parts[i].name)] : [code(c)];
  return [...part(source, 0), el('span', { class: 'arrow' }, '→'), ...part(target, 2),
    el('span', { class: 'what' }, ...part(root, 1))];
}

/** One ranked list: label cells for each entry, a bar scaled to the largest count, the count. */
function renderRanking(id, entries, label, count, onPick) {
  const list = document.getElementById(id);
  list.replaceChildren();
  if (entries.length === 0) {
    list.append(el('li', { class: 'empty' }, 'nothing yet'));
    return;
  }
  const max = Math.max(...entries.map(count), 1);
  entries.forEach((entry, i) => {
    const bar = el('span', { class: 'bar' });
    bar.style.width = (100 * count(entry) / max).toFixed(1) + '%';
    const row = el('li', { class: 'row', 'data-key': entry.key },
      el('span', { class: 'rank' }, String(i + 1)),
      el('span', { class: 'label' }, ...label(entry)),
      el('span', { class: 'meter' }, bar),
      el('span', { class: 'count' }, String(count(entry))));
    if (onPick) {
      row.classList.add('pickable');
      if (entry.key === state.selected) row.classList.add('selected');
      row.tabIndex = 0;
      row.addEventListener('click', () => onPick(entry.key));
      row.addEventListener('keydown', e => { if (e.key === 'Enter') onPick(entry.key); });
    }
    list.append(row);
  });
}

/** Articles per hour of the selected actor over the last day, as an inline bar chart; an hour's bar opens its articles. */
async function renderTimeline(actor, latestHour) {
  const heading = document.getElementById('timeline-actor');
  heading.replaceChildren(...codeAndName('actor', actor).flatMap((p, i) => i ? [' ', p] : [p]));
  const box = document.getElementById('timeline');
  if (!latestHour) {
    box.replaceChildren(el('p', { class: 'empty' }, 'nothing yet'));
    return;
  }
  const to = new Date(latestHour);
  const from = new Date(to.getTime() - (SERIES_HOURS - 1) * 3600 * 1000);
  const windows = await getJson('/api/windows?dimension=actor&key=' + encodeURIComponent(actor)
    + '&window=1h&from=' + from.toISOString() + '&to=' + to.toISOString());
  const byStart = new Map(windows.map(w => [new Date(w.windowStart).getTime(), w.articles]));
  const width = 720, height = 150, top = 16, bottom = 22, gap = 3;
  const slot = width / SERIES_HOURS;
  const counts = [];
  for (let i = 0; i < SERIES_HOURS; i++) counts.push(byStart.get(from.getTime() + i * 3600 * 1000) || 0);
  const max = Math.max(...counts, 1);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart',
    'aria-label': `${actor}: articles per hour, ${utc(from.toISOString(), true)} to ${utc(to.toISOString())} UTC` });
  chart.append(svg('line', { x1: 0, x2: width, y1: height - bottom, y2: height - bottom, class: 'axis' }));
  counts.forEach((n, i) => {
    const start = new Date(from.getTime() + i * 3600 * 1000).toISOString();
    // an empty hour keeps a thin stub, so the day's shape still reads
    const h = n ? (height - top - bottom) * n / max : 2;
    const x = i * slot + gap / 2;
    const y = height - bottom - h;
    const bar = svg('rect', { x: x.toFixed(1), y: y.toFixed(1), width: (slot - gap).toFixed(1), height: h.toFixed(1),
      class: n ? 'hour' : 'hour zero', 'data-start': start, 'data-count': n },
      svg('title', {}, `${utc(start, true)} UTC: ${n} article${n === 1 ? '' : 's'}`));
    if (n) bar.addEventListener('click', () => showEvidence('actor', actor, '1h', start));
    chart.append(bar);
    if (n) chart.append(svg('text', { x: (x + (slot - gap) / 2).toFixed(1), y: (y - 4).toFixed(1), class: 'value' }, String(n)));
    if (i % 6 === 0) chart.append(svg('text', { x: x.toFixed(1), y: height - 6, class: 'tick' }, utc(start)));
  });
  box.replaceChildren(chart);
}

/** The sentence with its trigger words marked, when they appear in it as written. */
function sentenceWithTrigger(sentence, trigger) {
  const q = el('q', { class: 'sentence' });
  const at = trigger ? sentence.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (at < 0) {
    q.append(sentence);
    return [q, el('span', { class: 'muted trigger' }, 'trigger: ', el('mark', {}, trigger || '?'))];
  }
  q.append(sentence.slice(0, at), el('mark', {}, sentence.slice(at, at + trigger.length)),
    sentence.slice(at + trigger.length));
  return [q];
}

const COUNTS = [['articles', 'articles'], ['stories', 'stories'], ['sources', 'sources'], ['copies', 'syndicated'],
  ['events', 'events'], ['goldstein', 'goldsteinAvg']];

/** The articles behind one count: the newest 50 of the key's window, with the sentence and trigger of each event. */
async function showEvidence(dimension, key, window, start) {
  state.evidence = { dimension, key, window, start };
  const card = document.getElementById('evidence-card');
  card.hidden = false;
  const startParam = start ? '&start=' + start : '';
  const keyParam = 'dimension=' + dimension + '&key=' + encodeURIComponent(key) + '&window=' + window;
  try {
    await loadNames(dimension, [key]);
    const evidence = await getJson('/api/evidence?' + keyParam + startParam);
    const aggregates = evidence.windowStart ? await getJson('/api/windows?' + keyParam
      + '&from=' + evidence.windowStart + '&to=' + evidence.windowStart) : [];
    if (state.evidence.key !== key || state.evidence.dimension !== dimension) return; // another bar was clicked
    // Spaces between the parts: outside a row's flex layout, nothing else separates them.
    const parts = dimension === 'dyad' ? dyadLabel(key) : codeAndName(dimension, key);
    document.getElementById('evidence-title').replaceChildren('Behind the count:',
      ...parts.flatMap(p => [' ', p]));
    document.getElementById('evidence-window').textContent = evidence.windowStart
      ? `${dimension} · ${window} window from ${utc(evidence.windowStart, true)} to ${utc(evidence.windowEnd, true)} UTC`
      : `${dimension} · no ${window} window yet`;
    const a = aggregates[0];
    document.getElementById('evidence-counts').replaceChildren(
      el('tr', {}, ...COUNTS.map(([label]) => el('th', {}, label))),
      el('tr', {}, ...COUNTS.map(([, field]) => el('td', {}, a ? String(a[field]) : '0'))));
    const shown = evidence.articles.length;
    document.getElementById('evidence-note').textContent = a && a.articles > shown
      ? `the newest ${shown} of ${a.articles} articles`
      : `${shown} article${shown === 1 ? '' : 's'}, newest first`;
    const list = document.getElementById('evidence-articles');
    list.replaceChildren(...evidence.articles.map(x => {
      const item = el('li', { 'data-id': x.id },
        // Links come from feeds: only web addresses are links (a javascript: URL would run on click).
        /^https?:\/\//i.test(x.url || '')
          ? el('a', { href: x.url, class: 'headline', rel: 'noopener noreferrer' }, x.title || x.url)
          : el('span', { class: 'headline' }, x.title || x.url || x.id),
        el('span', { class: 'outlet' }, x.outlet || ''),
        el('time', { datetime: x.published }, utc(x.published, true) + ' UTC'));
      for (const e of x.events || []) {
        item.append(el('p', { class: 'event' }, code(e.code), ...sentenceWithTrigger(e.sentence || '', e.trigger)));
      }
      return item;
    }));
    if (shown === 0) list.append(el('li', { class: 'empty' }, 'no articles kept for this window'));
  } catch (e) {
    document.getElementById('evidence-note').textContent = 'cannot load the articles: ' + e.message;
  }
}

function select(actor) {
  state.selected = actor;
  showEvidence('actor', actor, '24h', null);
  refresh();
}

function setStatus(text, failed) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.classList.toggle('failed', failed);
}

let refreshing = false;
async function refresh() {
  if (refreshing) return;
  refreshing = true;
  try {
    const [actors, roots, dyads, trending, day, hour, newest] = await Promise.all([
      getJson('/api/top?dimension=actor&window=24h&n=' + TOP_N),
      getJson('/api/top?dimension=eventRoot&window=24h&n=' + TOP_N),
      getJson('/api/top?dimension=dyad&window=24h&n=' + TOP_N),
      getJson('/api/trending'),
      getJson('/api/latest?window=24h'),
      getJson('/api/latest?window=1h'),
      getJson('/api/newest')]);
    const trendingOf = d => (trending.find(t => t.dimension === d) || { ranked: [] }).ranked;
    await Promise.all([
      loadNames('actor', [...actors, ...trendingOf('actor')].map(a => a.key)),
      loadNames('eventRoot', roots.map(a => a.key)),
      loadNames('dyad', [...dyads, ...trendingOf('dyad')].map(a => a.key))]);
    if (day.windowStart) {
      document.getElementById('window-label').textContent =
        `24 hours from ${utc(day.windowStart, true)} to ${utc(day.windowEnd, true)} UTC`;
    }
    if (!state.selected && actors.length) state.selected = actors[0].key;
    renderRanking('top-actors', actors, a => codeAndName('actor', a.key), a => a.articles, select);
    renderRanking('top-events', roots, a => codeAndName('eventRoot', a.key), a => a.articles,
      key => showEvidence('eventRoot', key, '24h', null));
    renderRanking('top-dyads', dyads, a => dyadLabel(a.key), a => a.articles,
      key => showEvidence('dyad', key, '24h', null));
    for (const dimension of ['actor', 'dyad']) {
      const label = dimension === 'dyad' ? e => dyadLabel(e.key) : e => codeAndName('actor', e.key);
      renderRanking('trending-' + dimension, trendingOf(dimension),
        e => [...label(e), el('span', { class: 'muted ratio' }, `×${e.ratio.toFixed(1)} · ${e.last24h} in 24h`)],
        e => e.lastHour, dimension === 'actor' ? select : key => showEvidence('dyad', key, '24h', null));
    }
    if (state.selected) await renderTimeline(state.selected, hour.windowStart);
    else document.getElementById('timeline').replaceChildren(el('p', { class: 'empty' }, 'no actors yet'));
    setStatus(`updated ${new Date().toISOString().slice(11, 19)} UTC`
      + (newest.newest ? ` · newest article ${utc(newest.newest, true)} UTC` : ''), false);
  } catch (e) {
    setStatus('cannot reach the sink: ' + e.message, true);
  } finally {
    refreshing = false;
  }
}

async function start() {
  await refresh();
  setInterval(refresh, POLL_MS);
}

start();
