// The live page: polls the sink's API and redraws. No framework, no build step, nothing fetched from elsewhere.
'use strict';

const POLL_MS = 5000;
const TOP_N = 10;
const SERIES_HOURS = 24;
const state = { selected: null, roots: {} };

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

function rootName(root) {
  return state.roots[root] || 'CAMEO ' + root;
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

function code(text) {
  return el('span', { class: 'code' }, text);
}

function dyadLabel(key) {
  const [source, root, target] = key.split('|');
  return [code(source), el('span', { class: 'arrow' }, '→'), code(target), el('span', { class: 'muted' }, rootName(root))];
}

/** Articles per hour of the selected actor over the last day, as an inline bar chart. */
async function renderTimeline(actor, latestHour) {
  document.getElementById('timeline-actor').textContent = actor;
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
    chart.append(bar);
    if (n) chart.append(svg('text', { x: (x + (slot - gap) / 2).toFixed(1), y: (y - 4).toFixed(1), class: 'value' }, String(n)));
    if (i % 6 === 0) chart.append(svg('text', { x: x.toFixed(1), y: height - 6, class: 'tick' }, utc(start)));
  });
  box.replaceChildren(chart);
}

function select(actor) {
  state.selected = actor;
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
    if (day.windowStart) {
      document.getElementById('window-label').textContent =
        `24 hours from ${utc(day.windowStart, true)} to ${utc(day.windowEnd, true)} UTC`;
    }
    if (!state.selected && actors.length) state.selected = actors[0].key;
    renderRanking('top-actors', actors, a => [code(a.key)], a => a.articles, select);
    renderRanking('top-events', roots, a => [code(a.key), el('span', {}, rootName(a.key))], a => a.articles);
    renderRanking('top-dyads', dyads, a => dyadLabel(a.key), a => a.articles);
    for (const dimension of ['actor', 'dyad']) {
      const list = trending.find(t => t.dimension === dimension);
      const label = dimension === 'dyad' ? e => dyadLabel(e.key) : e => [code(e.key)];
      renderRanking('trending-' + dimension, list ? list.ranked : [],
        e => [...label(e), el('span', { class: 'muted ratio' }, `×${e.ratio.toFixed(1)} · ${e.last24h} in 24h`)],
        e => e.lastHour, dimension === 'actor' ? select : null);
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
  try {
    state.roots = await getJson('/cameo-roots.json');
  } catch (e) {
    // the codes alone still read
  }
  await refresh();
  setInterval(refresh, POLL_MS);
}

start();
